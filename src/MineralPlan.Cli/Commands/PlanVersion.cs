using System.Diagnostics;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Abstractions.Plugins;
using MineralPlan.Semantics;
using MineralPlan.Syntax;

namespace MineralPlan.Cli.Commands;

/// <summary>
/// One version of a plan for <c>mplan diff</c>: a folder, or <c>REV:PATH</c> — a plan folder as git
/// revision REV holds it (git's own spelling, e.g. <c>HEAD~1:plans/kazuo</c>; PATH is relative to the
/// current directory), read with git without touching the working tree.
/// </summary>
internal static class PlanVersion
{
    public static (Compilation? Compilation, string? Error) Load(string argument, CliContext context, Language language)
    {
        var folder = context.Resolve(argument);
        if (Directory.Exists(folder))
        {
            return (Workspaces.Workspace.CompileFolder(folder, context.WorkingDirectory), null);
        }

        var colon = argument.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || (colon == 1 && char.IsAsciiLetter(argument[0]) && OperatingSystem.IsWindows()))
        {
            return (null, language == Language.En
                ? $"error: '{argument}' is neither a plan folder nor REV:PATH (a folder in a git revision, e.g. HEAD~1:plans/kazuo)"
                : $"错误：“{argument}”既不是规划文件夹，也不是 REV:PATH（git 版本中的文件夹，如 HEAD~1:plans/kazuo）");
        }

        var revision = argument[..colon];
        var path = argument[(colon + 1)..];
        var (topLevel, gitError) = Git(context.WorkingDirectory, "rev-parse", "--show-toplevel");
        if (topLevel is null)
        {
            return (null, (language == Language.En ? $"error: cannot read '{argument}': not inside a git repository ({gitError})" : $"错误：无法读取“{argument}”：当前目录不在 git 仓库中（{gitError}）"));
        }

        // Later git commands run at the top level: ls-tree run in a subfolder lists only that subfolder.
        var top = System.Text.Encoding.UTF8.GetString(topLevel).Trim();
        var repoPath = Path.GetRelativePath(top, context.Resolve(path)).Replace('\\', '/');
        var prefix = repoPath == "." ? string.Empty : repoPath.TrimEnd('/') + "/";
        var (listing, listError) = Git(top, "ls-tree", "--name-only", "-z", revision + ":" + prefix);
        if (listing is null)
        {
            return (null, language == Language.En
                ? $"error: git revision '{revision}' has no folder '{path}' ({listError})"
                : $"错误：git 版本“{revision}”中没有文件夹“{path}”（{listError}）");
        }

        var display = PlanLoader.DisplayPath(context.Resolve(path), context.WorkingDirectory);
        var files = new List<PlanSourceFile>();
        var names = System.Text.Encoding.UTF8.GetString(listing).Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Where(n => n.EndsWith(PlanLoader.Extension, StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var (bytes, showError) = Git(top, "show", revision + ":" + prefix + name);
            var (text, _) = bytes is null ? (null, []) : SourceReader.Decode(bytes, name);
            if (text is null)
            {
                return (null, $"error: git show {revision}:{prefix}{name}: {showError}");
            }

            files.Add(new PlanSourceFile($"{revision}:{display}/{name}", text));
        }

        if (files.Count == 0)
        {
            return (null, language == Language.En
                ? $"error: '{path}' in git revision '{revision}' holds no {PlanLoader.Extension} files"
                : $"错误：git 版本“{revision}”中的“{path}”没有 {PlanLoader.Extension} 文件");
        }

        return (PlanLoader.LoadSource(new PlanSource($"{revision}:{display}", files)), null);
    }

    private static (byte[]? Output, string Error) Git(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return (null, "git did not start");
            }

            using var output = new MemoryStream();
            var errorTask = process.StandardError.ReadToEndAsync();
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
            var error = errorTask.GetAwaiter().GetResult().Trim();
            return process.ExitCode == 0 ? (output.ToArray(), string.Empty) : (null, error);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (null, "git is not installed: " + e.Message);
        }
    }
}
