using System.Text;
using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Cli.Output;

/// <summary>
/// Writes an output file atomically (temp file, then rename) and never overwrites a file the tool
/// did not write unless forced. Files the tool wrote are listed in a small manifest in the folder; the
/// manifest is read, extended and rewritten under an exclusive lock, so two renders into one folder at
/// once keep each other's entries.
/// </summary>
internal static class OutputWriter
{
    public const string Manifest = ".mplan-outputs";

    /// <summary>How long a writer waits for another process holding the manifest's lock.</summary>
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(30);

    public static (bool Ok, string Message) Write(string folder, string name, string content, bool overwrite, Language language, string displayRoot) =>
        Write(folder, name, new UTF8Encoding(false).GetBytes(content), overwrite, language, displayRoot);

    /// <summary>Why <paramref name="name"/> may not be written (not a regular file; a file mplan did not write, without overwrite), or null.</summary>
    public static string? Refusal(string folder, string name, bool overwrite, Language language, string displayRoot)
    {
        var target = Path.Combine(folder, name);
        if (Irregular(target, Semantics.PlanLoader.DisplayPath(target, displayRoot), language) is { } irregular)
        {
            return irregular;
        }

        var manifestPath = Path.Combine(folder, Manifest);
        if (overwrite || !File.Exists(target) || (File.Exists(manifestPath) && File.ReadAllLines(manifestPath).Contains(name, StringComparer.Ordinal)))
        {
            return null;
        }

        return NotOurs(Semantics.PlanLoader.DisplayPath(target, displayRoot), language);
    }

    public static (bool Ok, string Message) Write(string folder, string name, byte[] content, bool overwrite, Language language, string displayRoot)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var target = Path.Combine(folder, name);
            var shown = Semantics.PlanLoader.DisplayPath(target, displayRoot);
            if (Irregular(target, shown, language) is { } irregular)
            {
                return (false, irregular);
            }

            using var manifest = OpenLocked(Path.Combine(folder, Manifest));
            var ours = ReadEntries(manifest);
            if (File.Exists(target) && !ours.Contains(name) && !overwrite)
            {
                return (false, NotOurs(shown, language));
            }

            Syntax.Files.AtomicFile.Write(target, content);

            if (ours.Add(name))
            {
                WriteEntries(manifest, ours);
            }

            return (true, language == Language.En ? $"wrote {shown}" : $"已写入 {shown}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (false, (language == Language.En ? "error: cannot write output: " : "错误：无法写入输出：") + e.Message);
        }
    }

    private static string NotOurs(string shown, Language language) => language == Language.En
        ? $"error: {shown} exists and was not written by mplan; pass --overwrite to replace it"
        : $"错误：{shown} 已存在且不是 mplan 生成的；如需覆盖请加 --overwrite";

    /// <summary>
    /// Why an existing target that is not a regular file is never replaced, whatever the options: renaming over
    /// /dev/null (as root) or a pipe would put a file where a device or a reader was, and over a link would cut it.
    /// </summary>
    private static string? Irregular(string target, string shown, Language language)
    {
        var isLink = new FileInfo(target).LinkTarget is not null;
        var kind = Syntax.Files.FileKind.Of(target);
        if (!isLink && kind is Syntax.Files.FileKind.Kind.Missing or Syntax.Files.FileKind.Kind.Regular)
        {
            return null;
        }

        return language == Language.En
            ? $"error: {shown} is not a regular file (a device, pipe, folder or link); mplan never replaces one: choose another output path"
            : $"错误：{shown} 不是普通文件（设备、管道、文件夹或链接）；mplan 从不覆盖此类文件：请另选输出路径";
    }

    /// <summary>The manifest opened for update with no sharing: on Unix .NET takes an advisory flock, which other mplan processes honour.</summary>
    private static FileStream OpenLocked(string path)
    {
        var deadline = DateTime.UtcNow + LockWait;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(Random.Shared.Next(5, 25));
            }
        }
    }

    private static HashSet<string> ReadEntries(FileStream manifest)
    {
        manifest.Position = 0;
        using var reader = new StreamReader(manifest, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        return [.. reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }

    private static void WriteEntries(FileStream manifest, HashSet<string> entries)
    {
        var bytes = new UTF8Encoding(false).GetBytes(string.Concat(entries.Order(StringComparer.Ordinal).Select(e => e + "\n")));
        manifest.Position = 0;
        manifest.Write(bytes);
        manifest.SetLength(bytes.Length);
        manifest.Flush(flushToDisk: true);
    }
}
