using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Cli.Output;

/// <summary>
/// Writes an output file atomically (temp file, then rename) and never overwrites a file the tool
/// did not write unless forced. Files the tool wrote are listed in a small manifest in the folder.
/// </summary>
internal static class OutputWriter
{
    public const string Manifest = ".mplan-outputs";

    public static (bool Ok, string Message) Write(string folder, string name, string content, bool force, Language language, string displayRoot) =>
        Write(folder, name, new System.Text.UTF8Encoding(false).GetBytes(content), force, language, displayRoot);

    /// <summary>Why <paramref name="name"/> may not be written (a file mplan did not write, without force), or null.</summary>
    public static string? Refusal(string folder, string name, bool force, Language language, string displayRoot)
    {
        var target = Path.Combine(folder, name);
        var manifestPath = Path.Combine(folder, Manifest);
        if (force || !File.Exists(target) || (File.Exists(manifestPath) && File.ReadAllLines(manifestPath).Contains(name, StringComparer.Ordinal)))
        {
            return null;
        }

        var shown = Semantics.PlanLoader.DisplayPath(target, displayRoot);
        return language == Language.En
            ? $"error: {shown} exists and was not written by mplan; pass --force to overwrite it"
            : $"错误：{shown} 已存在且不是 mplan 生成的；如需覆盖请加 --force";
    }

    public static (bool Ok, string Message) Write(string folder, string name, byte[] content, bool force, Language language, string displayRoot)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var target = Path.Combine(folder, name);
            var shown = Semantics.PlanLoader.DisplayPath(target, displayRoot);
            var manifestPath = Path.Combine(folder, Manifest);
            var ours = File.Exists(manifestPath) ? File.ReadAllLines(manifestPath).ToHashSet(StringComparer.Ordinal) : [];
            if (File.Exists(target) && !ours.Contains(name) && !force)
            {
                return (false, language == Language.En
                    ? $"error: {shown} exists and was not written by mplan; pass --force to overwrite it"
                    : $"错误：{shown} 已存在且不是 mplan 生成的；如需覆盖请加 --force");
            }

            var temp = target + ".tmp-" + Environment.ProcessId;
            File.WriteAllBytes(temp, content);
            File.Move(temp, target, overwrite: true);
            if (ours.Add(name))
            {
                File.WriteAllLines(manifestPath, ours.Order(StringComparer.Ordinal));
            }

            return (true, language == Language.En ? $"wrote {shown}" : $"已写入 {shown}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (false, (language == Language.En ? "error: cannot write output: " : "错误：无法写入输出：") + e.Message);
        }
    }
}
