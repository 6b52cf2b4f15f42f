using System.Text;
using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Syntax;

/// <summary>
/// Turns bytes into plan text. UTF-8 (with or without BOM) is the format; GB18030/GBK files, common
/// for Chinese government text, are read correctly with a warning rather than garbled.
/// </summary>
public static class SourceReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);


    /// <summary>A plan file larger than this is refused before it is read (the synthetic province's largest file is under 0.2 MB).</summary>
    public const long MaxFileBytes = 64L << 20;

    // The code pages are registered only when a file is not UTF-8: loading them on every start cost a county check
    // an assembly it almost never needs (README "Fast start"). Registering twice is harmless.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static Encoding Gb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    /// <param name="realWorkspace">The workspace's real path (<see cref="Files.PathConfinement.RealPath"/>, links resolved): a file
    /// whose own real path leaves it is not read (MP0011); null: not confined.</param>
    public static (string? Text, IReadOnlyList<Diagnostic> Diagnostics) ReadFile(string path, string displayPath, string? realWorkspace = null)
    {
        // A plan folder received from elsewhere may hold plan.mplan -> ~/.ssh/id_rsa: its text would be printed in findings.
        if (realWorkspace is not null && !Files.PathConfinement.IsInsideReal(realWorkspace, path))
        {
            return (null, [Diagnostic.Create(SyntaxDiagnostics.OutsideWorkspace, SourceSpan.None(displayPath), displayPath)]);
        }

        // A FIFO or device named *.mplan would block or never end: refuse anything but a regular file of sane size.
        if (Files.FileKind.ReadProblem(path, MaxFileBytes) is { } problem)
        {
            return (null, [Diagnostic.Create(SyntaxDiagnostics.NotRegularFile, SourceSpan.None(displayPath), displayPath, problem)]);
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, [Diagnostic.Create(SyntaxDiagnostics.UnreadableFile, SourceSpan.None(displayPath), displayPath, e.Message)]);
        }

        return Decode(bytes, displayPath);
    }

    public static (string? Text, IReadOnlyList<Diagnostic> Diagnostics) Decode(byte[] bytes, string displayPath)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        if (span.IndexOf((byte)0) >= 0)
        {
            return (null, [Diagnostic.Create(SyntaxDiagnostics.BinaryFile, SourceSpan.None(displayPath))]);
        }

        try
        {
            return (StrictUtf8.GetString(span), []);
        }
        catch (DecoderFallbackException)
        {
            var gb = Gb18030();
            try
            {
                var text = gb.GetString(span);
                return (text, [Diagnostic.Create(SyntaxDiagnostics.ConvertedEncoding, SourceSpan.None(displayPath), "GB18030")]);
            }
            catch (DecoderFallbackException e)
            {
                return (null, [Diagnostic.Create(SyntaxDiagnostics.UnreadableFile, SourceSpan.None(displayPath), displayPath,
                    "neither UTF-8 nor GB18030 (" + e.Message + ")")]);
            }
        }
    }
}
