using System.Runtime.InteropServices;
using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Cli.Output;

/// <summary>
/// Replaces a plan file's text for fmt and fix, atomically and without losing anything: the new text goes to a
/// temporary file beside the real one, then is renamed over it. Before the rename the file is read again and must
/// still hold the text the command started from (an edit saved meanwhile is never overwritten); a read-only file or
/// one that is not a regular file is refused; the file keeps its permissions, owner and byte-order mark; a link stays a
/// link; and the temporary file is removed whatever fails.
/// </summary>
internal static class PlanFileRewrite
{
    /// <summary>Writes <paramref name="newText"/> over <paramref name="file"/> if it still reads <paramref name="expected"/>; null when done, else why not (a refusal or the I/O error).</summary>
    public static Bilingual? Replace(string file, string expected, string newText)
    {
        try
        {
            return TryReplace(file, expected, newText);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Bilingual.Same(e.Message);
        }
    }

    private static Bilingual? TryReplace(string file, string expected, string newText)
    {
        var real = new FileInfo(file).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? file;
        if (Syntax.Files.FileKind.Of(real) != Syntax.Files.FileKind.Kind.Regular)
        {
            return new Bilingual("it is not a regular file; nothing was written", "它不是普通文件，未写入");
        }

        if (IsReadOnly(real))
        {
            return new Bilingual("the file is read-only; make it writable first if it should change", "文件为只读；如确需修改请先取消只读");
        }

        var bytes = File.ReadAllBytes(real);
        if (Syntax.SourceReader.Decode(bytes, file).Text != expected)
        {
            return new Bilingual("it changed on disk after it was read (saved in an editor?); nothing was written: run the command again",
                "读取之后文件已在磁盘上被修改（是否在编辑器中保存过？），未写入：请重新运行该命令");
        }

        var bom = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        Syntax.Files.AtomicFile.Write(real, stream =>
        {
            // The file's byte order mark as it was: a plan written with one keeps it, one without gets none.
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: bom));
            writer.Write(newText);
        }, temp =>
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, File.GetUnixFileMode(real));
                Owner.Copy(real, temp);
            }
        });
        return null;
    }

    private static bool IsReadOnly(string path) => OperatingSystem.IsWindows()
        ? File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly)
        : (File.GetUnixFileMode(path) & UnixFileMode.UserWrite) == 0;

    /// <summary>
    /// The owner and group of a file carried to its replacement: run as root (a shared server, sudo), a rename would
    /// hand a user's plan file to root. .NET has no chown, so libc's is called; where it fails the rename goes on.
    /// </summary>
    private static class Owner
    {
        [DllImport("libc", EntryPoint = "chown", SetLastError = true)]
        private static extern int Chown(byte[] utf8Path, uint owner, uint group);

        public static void Copy(string from, string to)
        {
            if (Syntax.Files.FileKind.Owner(from) is not { } owner || Syntax.Files.FileKind.Owner(to) == owner)
            {
                return;
            }

            try
            {
                _ = Chown(System.Text.Encoding.UTF8.GetBytes(to + "\0"), owner.User, owner.Group);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // No libc to ask (a platform without it): the file keeps the new owner, as a plain rename would.
            }
        }
    }
}
