using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;

namespace MineralPlan.LanguageServer.Protocol;

/// <summary>
/// Reads the client's frames before StreamJsonRpc does and passes on only well-formed JSON-RPC messages. StreamJsonRpc
/// ends the connection on the first frame it cannot read (bad JSON, a batch array, a negative Content-Length, JSON
/// nested 100 000 deep), and it would allocate whatever Content-Length a client announces. Here a malformed message is
/// answered with the JSON-RPC error the specification names (-32700 parse error, -32600 invalid request) and the server
/// reads on: after a frame it cannot delimit it looks for the next <c>Content-Length</c> header. A message over
/// <see cref="MaxMessageBytes"/> is refused and skipped without being held in memory.
/// </summary>
internal sealed class MessageGate(Stream input, PipeWriter forward, FramedOutput output, Action<string> log)
{
    /// <summary>The largest message taken: 256 MiB, room for a didOpen of the largest plan file read (64 MB of Chinese text, 3 bytes a character, JSON-escaped).</summary>
    public const long MaxMessageBytes = 256L << 20;

    /// <summary>The longest header block taken (headers are two short lines).</summary>
    private const int MaxHeaderBytes = 8 << 10;

    /// <summary>How deep a message's JSON may nest (System.Text.Json's default, which the formatter also applies).</summary>
    private const int MaxDepth = 64;

    private const string HeaderText = "Content-Length";

    /// <summary>Copies frames until the client closes the stream; then completes what StreamJsonRpc reads.</summary>
    public async Task RunAsync()
    {
        var reader = PipeReader.Create(input, new StreamPipeReaderOptions(bufferSize: 64 << 10));
        try
        {
            while (await NextAsync(reader).ConfigureAwait(false))
            {
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
        {
            // The client closed its end mid-read (an in-process pipe says so with InvalidOperationException).
            log("input ended: " + e.Message);
        }
        finally
        {
            await reader.CompleteAsync().ConfigureAwait(false);
            await forward.CompleteAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The header block that announces a body of <paramref name="length"/> bytes.</summary>
    public static byte[] Header(int length) => Encoding.ASCII.GetBytes($"{HeaderText}: {length}\r\n\r\n");

    /// <summary>The Content-Length of a header block, or null when it has none that is a non-negative whole number.</summary>
    public static long? ContentLength(ReadOnlySpan<byte> header)
    {
        foreach (var line in Encoding.ASCII.GetString(header).Split("\r\n"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Trim().Equals(HeaderText, StringComparison.OrdinalIgnoreCase))
            {
                var value = line[(colon + 1)..].Trim();
                return value.Length is > 0 and <= 19 && value.All(char.IsAsciiDigit) && long.TryParse(value, out var n) ? n : null;
            }
        }

        return null;
    }

    // One frame read and passed on or answered; false at the end of the input.
    private async Task<bool> NextAsync(PipeReader reader)
    {
        var header = await ReadHeaderAsync(reader).ConfigureAwait(false);
        if (header is null)
        {
            return false;
        }

        var length = ContentLength(header);
        if (length is null)
        {
            Answer(null, ErrorCodes.ParseError, "the header has no valid Content-Length (a whole number of bytes); the message is skipped");
            return true;
        }

        if (length > MaxMessageBytes)
        {
            Answer(null, ErrorCodes.InvalidRequest, $"the message of {length} bytes is larger than the {MaxMessageBytes >> 20} MiB this server reads; it is skipped");
            return await SkipAsync(reader, length.Value).ConfigureAwait(false);
        }

        var body = await ReadBodyAsync(reader, (int)length.Value).ConfigureAwait(false);
        if (body is null)
        {
            return false;
        }

        if (Problem(body) is { } problem)
        {
            Answer(problem.Id, problem.Code, problem.Message);
            return true;
        }

        await forward.WriteAsync(Header(body.Length)).ConfigureAwait(false);
        await forward.WriteAsync(body).ConfigureAwait(false);
        return !(await forward.FlushAsync().ConfigureAwait(false)).IsCompleted;
    }

    // The next header block, from a "Content-Length" on: bytes before it (a body no header announced) are dropped and answered once.
    private async Task<byte[]?> ReadHeaderAsync(PipeReader reader)
    {
        var answeredGarbage = false;
        while (true)
        {
            var result = await reader.ReadAsync().ConfigureAwait(false);
            var buffer = result.Buffer;
            var bytes = buffer.Length > MaxHeaderBytes * 2 ? buffer.Slice(0, MaxHeaderBytes * 2).ToArray() : buffer.ToArray();
            // Latin-1 maps each byte to one character, so the index found in the text is the index in the bytes.
            var start = Encoding.Latin1.GetString(bytes).IndexOf(HeaderText, StringComparison.OrdinalIgnoreCase);
            if (start > 0 && bytes.AsSpan(0, start).ContainsAnyExcept((byte)'\r', (byte)'\n', (byte)' ') && !answeredGarbage)
            {
                answeredGarbage = true;
                Answer(null, ErrorCodes.ParseError, "bytes without a Content-Length header were skipped");
            }

            if (start < 0)
            {
                // No header in sight: keep the last few bytes (a header may be split across reads) and drop the rest.
                var keep = Math.Min(bytes.Length, HeaderText.Length);
                if (bytes.AsSpan(0, bytes.Length - keep).ContainsAnyExcept((byte)'\r', (byte)'\n', (byte)' ') && !answeredGarbage)
                {
                    answeredGarbage = true;
                    Answer(null, ErrorCodes.ParseError, "bytes without a Content-Length header were skipped");
                }

                if (result.IsCompleted)
                {
                    reader.AdvanceTo(buffer.End);
                    return null;
                }

                reader.AdvanceTo(buffer.GetPosition(bytes.Length - keep), buffer.GetPosition(bytes.Length));
                continue;
            }

            var end = bytes.AsSpan(start).IndexOf("\r\n\r\n"u8);
            if (end >= 0)
            {
                reader.AdvanceTo(buffer.GetPosition(start + end + 4));
                return bytes[start..(start + end)];
            }

            if (bytes.Length - start > MaxHeaderBytes)
            {
                // A header that never ends: drop it and look for the next one.
                Answer(null, ErrorCodes.ParseError, "a header longer than 8 KiB was skipped");
                reader.AdvanceTo(buffer.GetPosition(start + HeaderText.Length));
                continue;
            }

            if (result.IsCompleted)
            {
                reader.AdvanceTo(buffer.End);
                return null;
            }

            reader.AdvanceTo(buffer.GetPosition(start), buffer.GetPosition(bytes.Length));
        }
    }

    private static async Task<byte[]?> ReadBodyAsync(PipeReader reader, int length)
    {
        while (true)
        {
            var result = await reader.ReadAtLeastAsync(length).ConfigureAwait(false);
            if (result.Buffer.Length >= length)
            {
                var body = result.Buffer.Slice(0, length).ToArray();
                reader.AdvanceTo(result.Buffer.GetPosition(length));
                return body;
            }

            reader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
            if (result.IsCompleted)
            {
                return null;
            }
        }
    }

    // Reads past an oversized body without keeping it.
    private static async Task<bool> SkipAsync(PipeReader reader, long length)
    {
        while (length > 0)
        {
            var result = await reader.ReadAsync().ConfigureAwait(false);
            var take = Math.Min(length, result.Buffer.Length);
            reader.AdvanceTo(result.Buffer.GetPosition(take));
            length -= take;
            if (result.IsCompleted && length > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Why a body is not a JSON-RPC message this server takes, with the id to answer to; null when it is one.</summary>
    private static (JsonElement? Id, int Code, string Message)? Problem(byte[] body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = MaxDepth });
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                return (null, ErrorCodes.InvalidRequest, "batch messages are not part of the Language Server Protocol; send each message on its own");
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, ErrorCodes.InvalidRequest, "a message must be a JSON object");
            }

            JsonElement? id = null;
            if (root.TryGetProperty("id", out var idElement))
            {
                var idOk = idElement.ValueKind switch
                {
                    JsonValueKind.String or JsonValueKind.Null => true,
                    JsonValueKind.Number => idElement.TryGetInt64(out _),
                    _ => false,
                };
                if (!idOk)
                {
                    return (null, ErrorCodes.InvalidRequest, "a message's id must be a whole number or a string");
                }

                id = idElement.Clone();
            }

            if (root.TryGetProperty("method", out var method))
            {
                if (method.ValueKind != JsonValueKind.String)
                {
                    return (id, ErrorCodes.InvalidRequest, "a message's method must be a string");
                }

                if (root.TryGetProperty("params", out var parameters) && parameters.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Null))
                {
                    return (id, ErrorCodes.InvalidParams, "params must be an object or an array");
                }
            }
            else if (!root.TryGetProperty("result", out _) && !root.TryGetProperty("error", out _))
            {
                return (id, ErrorCodes.InvalidRequest, "a message needs a method (a request or notification) or a result or error (a response)");
            }

            return null;
        }
        catch (JsonException e)
        {
            return (null, ErrorCodes.ParseError, "the message is not valid JSON: " + e.Message);
        }
    }

    private void Answer(JsonElement? id, int code, string message)
    {
        log("refused a message: " + message);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("jsonrpc", "2.0");
            writer.WritePropertyName("id");
            if (id is { } value)
            {
                value.WriteTo(writer);
            }
            else
            {
                writer.WriteNullValue();
            }

            writer.WriteStartObject("error");
            writer.WriteNumber("code", code);
            writer.WriteString("message", message);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        try
        {
            output.WriteFrame(buffer.ToArray());
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            log("cannot answer: " + e.Message);
        }
    }
}
