using System.Diagnostics;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Rendering;

/// <summary>render --format pdf through LibreOffice (skipped, saying why, where it is not installed), and the message when it is missing.</summary>
[Collection("libreoffice")]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class PdfRenderingTests
{
    [SkippableFact]
    public void The_pdf_has_the_pages_of_the_Word_document_and_a_contents_with_page_numbers()
    {
        Skip.If(!OnPath("soffice") && !OnPath("libreoffice"), "LibreOffice is not installed (apt-get install libreoffice-writer-nogui; .ci/run does it where apt is allowed)");
        using var temp = new TempFolder();
        var result = CliRunner.Run("render", "plans/kazuo", "--format", "pdf", "-o", temp.Path, "--force", "--lang", "en");
        Assert.Equal(0, result.ExitCode);
        var pdf = Path.Combine(temp.Path, "kazuo.pdf");
        Assert.Equal("%PDF"u8.ToArray(), File.ReadAllBytes(pdf)[..4]);
        Skip.If(!OnPath("pdftotext"), "pdftotext is not installed (apt-get install poppler-utils), so the contents page cannot be read");
        var contents = Text(pdf, page: 2);
        Assert.Contains("目 录", contents, StringComparison.Ordinal);
        Assert.Matches(@"第一章 现状与形势\.+\s*\d+", contents);
        Assert.Matches(@"—\s*1\s*—", Text(pdf, page: 4));
    }

    [Fact]
    public void Without_LibreOffice_pdf_names_the_package_to_install()
    {
        Environment.SetEnvironmentVariable("MPLAN_LIBREOFFICE", "/nonexistent/soffice");
        try
        {
            using var temp = new TempFolder();
            var result = CliRunner.Run("render", "plans/skeleton", "--format", "pdf", "-o", temp.Path, "--lang", "en");
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("PDF output needs LibreOffice, which is not installed; install it (Debian/Ubuntu: apt-get install libreoffice-writer-nogui)", result.Error, StringComparison.Ordinal);
            Assert.Empty(Directory.GetFiles(temp.Path, "*.pdf"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("MPLAN_LIBREOFFICE", null);
        }
    }

    [Fact]
    public void A_LibreOffice_that_leaves_a_cut_off_pdf_fails_the_command_and_writes_nothing()
    {
        using var temp = new TempFolder();
        // A stand-in for soffice that converts by writing the start of a PDF and stopping, as a crash mid-write would.
        var fake = temp.Write("fake-soffice", "#!/bin/sh\nfor a; do last=$a; done\ncase \"$*\" in *--convert-to*) printf '%%PDF-1.7\\n1 0 obj' > \"$(dirname \"$last\")/$(basename \"$last\" .docx).pdf\";; esac\n");
        File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Environment.SetEnvironmentVariable("MPLAN_LIBREOFFICE", fake);
        try
        {
            var result = CliRunner.Run("render", "plans/skeleton", "--format", "pdf", "-o", Path.Combine(temp.Path, "out"), "--lang", "en");
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("error: LibreOffice wrote an incomplete PDF (no %%EOF)", result.Error, StringComparison.Ordinal);
            Assert.False(Directory.Exists(Path.Combine(temp.Path, "out")) && Directory.GetFiles(Path.Combine(temp.Path, "out"), "*.pdf").Length > 0);
        }
        finally
        {
            Environment.SetEnvironmentVariable("MPLAN_LIBREOFFICE", null);
        }
    }

    private static bool OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Any(d => File.Exists(Path.Combine(d, name)));

    private static string Text(string pdf, int page)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true };
        foreach (var a in new[] { "-f", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", page.ToString(System.Globalization.CultureInfo.InvariantCulture), pdf, "-" })
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text;
    }
}
