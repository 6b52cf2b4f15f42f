namespace MineralPlan.LanguageServer.Protocol;

/// <summary>
/// The server's output stream, written by StreamJsonRpc and by the <see cref="MessageGate"/> (which answers malformed
/// messages itself). Bytes are held until a whole frame (header and body) is there and each frame is written at once
/// under one lock, so an answer from the gate never lands inside one of StreamJsonRpc's messages.
/// </summary>
internal sealed class FramedOutput(Stream inner) : Stream
{
    private readonly object _lock = new();
    private readonly MemoryStream _pending = new();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Writes one whole frame of the server's own (an error answer), between StreamJsonRpc's frames.</summary>
    public void WriteFrame(byte[] body)
    {
        var header = MessageGate.Header(body.Length);
        lock (_lock)
        {
            inner.Write(header);
            inner.Write(body);
            inner.Flush();
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        lock (_lock)
        {
            _pending.Write(buffer);
            EmitWholeFrames();
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override void Flush()
    {
        lock (_lock)
        {
            inner.Flush();
        }
    }

    public override Task FlushAsync(CancellationToken cancellationToken)
    {
        Flush();
        return Task.CompletedTask;
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    // Called under the lock: writes every complete frame held and keeps the rest.
    private void EmitWholeFrames()
    {
        while (true)
        {
            var held = _pending.GetBuffer().AsSpan(0, (int)_pending.Length);
            var end = held.IndexOf("\r\n\r\n"u8);
            if (end < 0 || MessageGate.ContentLength(held[..end]) is not { } length || held.Length < end + 4 + length)
            {
                return;
            }

            var frame = end + 4 + (int)length;
            inner.Write(held[..frame]);
            inner.Flush();
            var rest = held[frame..].ToArray();
            _pending.SetLength(0);
            _pending.Write(rest);
        }
    }
}
