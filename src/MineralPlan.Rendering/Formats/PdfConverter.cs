using System.Diagnostics;
using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Rendering.Formats;

/// <summary>
/// <c>render --format pdf</c>: the Word document converted by LibreOffice headless, which lays out pages as a
/// reader sees them. A plain <c>--convert-to pdf</c> keeps the table of contents as the file caches it (without
/// page numbers), so the conversion runs a small Basic macro in a private LibreOffice profile that loads the
/// document, updates its indexes and fields, and exports the PDF: the contents then carry LibreOffice's own
/// page numbers. LibreOffice is a system package, not a library; when it is missing the command says which
/// package to install. The private profile neither needs nor disturbs a running LibreOffice.
/// </summary>
internal static class PdfConverter
{
    public static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    /// <summary>LibreOffice's program: <c>MPLAN_LIBREOFFICE</c> when set (a test points it nowhere), else soffice or libreoffice on PATH.</summary>
    public static string? Program() => Environment.GetEnvironmentVariable("MPLAN_LIBREOFFICE") is { Length: > 0 } chosen
        ? (File.Exists(chosen) ? chosen : null)
        : new[] { "soffice", "libreoffice" }.Select(name => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator).Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists)).FirstOrDefault(p => p is not null);

    public static string Missing(Language language) => language == Language.En
        ? "error: PDF output needs LibreOffice, which is not installed; install it (Debian/Ubuntu: apt-get install libreoffice-writer-nogui) or render docx and print that to PDF"
        : "错误：输出 PDF 需要 LibreOffice，但本机未安装；请安装（Debian/Ubuntu：apt-get install libreoffice-writer-nogui），或先输出 docx 再打印为 PDF";

    private const string Macro = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
        <script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
        Sub ToPdf(inUrl As String, outUrl As String)
          Dim args(0) As New com.sun.star.beans.PropertyValue
          args(0).Name = &quot;Hidden&quot;
          args(0).Value = True
          Dim doc As Object
          doc = StarDesktop.loadComponentFromURL(inUrl, &quot;_blank&quot;, 0, args())
          Dim i As Integer
          For i = 0 To doc.getDocumentIndexes().getCount() - 1
            doc.getDocumentIndexes().getByIndex(i).update()
          Next i
          doc.getTextFields().refresh()
          Dim out(0) As New com.sun.star.beans.PropertyValue
          out(0).Name = &quot;FilterName&quot;
          out(0).Value = &quot;writer_pdf_Export&quot;
          doc.storeToURL(outUrl, out())
          doc.close(True)
          StarDesktop.terminate()
        End Sub
        </script:module>
        """;

    /// <summary>The PDF of <paramref name="docx"/>, or the reason there is none.</summary>
    public static (byte[]? Pdf, string? Error) Convert(string program, byte[] docx, string name)
    {
        var work = Path.Combine(Path.GetTempPath(), "mplan-pdf-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var input = Path.Combine(work, name + ".docx");
            var output = Path.Combine(work, name + ".pdf");
            File.WriteAllBytes(input, docx);
            var profile = "-env:UserInstallation=" + new Uri(Path.Combine(work, "profile")).AbsoluteUri;

            // LibreOffice builds a new profile on its first start (and ignores one written before it); the macro goes in after.
            var (ok, log) = Run(program, work, profile, "--headless", "--terminate_after_init");
            var module = Path.Combine(work, "profile", "user", "basic", "Standard", "Module1.xba");
            if (ok && File.Exists(module))
            {
                File.WriteAllText(module, Macro);
                (ok, log) = Run(program, work, profile, "--headless",
                    $"macro:///Standard.Module1.ToPdf(\"{new Uri(input).AbsoluteUri}\",\"{new Uri(output).AbsoluteUri}\")");
            }

            if (!File.Exists(output))
            {
                // Without the macro (an unusual LibreOffice), a plain conversion still gives the pages.
                (ok, log) = Run(program, work, profile, "--headless", "--convert-to", "pdf", "--outdir", work, input);
            }

            if (!File.Exists(output))
            {
                return (null, ok ? "LibreOffice wrote no PDF: " + log : log);
            }

            // A LibreOffice that died while writing leaves a PDF without its end marker: never pass that on as the document.
            var pdf = File.ReadAllBytes(output);
            return Complete(pdf) ? (pdf, null) : (null, "LibreOffice wrote an incomplete PDF (no %%EOF); " + log);
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless.
            }
        }
    }

    /// <summary>A PDF ends with %%EOF, perhaps followed by line breaks (ISO 32000-1 §7.5.5).</summary>
    internal static bool Complete(byte[] pdf)
    {
        var tail = pdf.AsSpan(Math.Max(0, pdf.Length - 32)).TrimEnd("\r\n \0"u8);
        return pdf.AsSpan().StartsWith("%PDF-"u8) && tail.EndsWith("%%EOF"u8);
    }

    private static (bool Ok, string Log) Run(string program, string directory, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start);
        if (process is null)
        {
            return (false, "LibreOffice did not start: " + program);
        }

        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            return (false, $"LibreOffice did not finish within {Limit.TotalMinutes} minutes");
        }

        return (true, (stderr.Result + stdout.Result).Trim());
    }
}
