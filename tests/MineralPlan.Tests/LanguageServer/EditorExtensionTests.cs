using MineralPlan.LanguageServer;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.LanguageServer;

/// <summary>
/// The VS Code extension (src/vscode-mplan): its Node tests (a real LSP client driving mplan lsp; the grammar through vscode-textmate) run as part of this
/// suite, so the README's one test command runs them too.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class EditorExtensionTests
{
    private static readonly string Extension = Repo.PathOf("src/vscode-mplan");

    [SkippableFact]
    public void The_extensions_node_tests_pass()
    {
        Skip.If(!OnPath("npm") || !OnPath("node"), "node/npm are not installed");
        if (!File.Exists(Path.Combine(Extension, "node_modules", "vscode-textmate", "package.json")))
        {
            using var gate = new FileStream(Path.Combine(Extension, ".install.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            var install = Run("npm", ["ci", "--no-audit", "--no-fund"]);
            Skip.If(install.Code != 0, "npm ci in src/vscode-mplan failed (no registry?): " + Tail(install.Output));
        }

        var typecheck = Run("npm", ["run", "typecheck"]);
        Assert.True(typecheck.Code == 0, "tsc: " + Tail(typecheck.Output));
        var build = Run("npm", ["run", "build"]);
        Assert.True(build.Code == 0, "esbuild: " + Tail(build.Output));
        var mplan = Path.Combine(AppContext.BaseDirectory, "mplan.dll");
        var test = Run("node", ["--test", "--test-reporter=spec", "test/"], ("MPLAN_LSP_COMMAND", "dotnet " + mplan));

        Assert.True(test.Code == 0, "node --test failed:\n" + Tail(test.Output, 6000));
        var summary = test.Output.Replace("ℹ ", string.Empty, StringComparison.Ordinal);
        Assert.Contains("pass 6", summary, StringComparison.Ordinal);
        Assert.Contains("fail 0", summary, StringComparison.Ordinal);

        // The documented packaging command makes an installable .vsix holding the manifest, grammar and bundle.
        var package = Run("npm", ["run", "package"]);
        Assert.True(package.Code == 0, "vsce package: " + Tail(package.Output));
        using var vsix = System.IO.Compression.ZipFile.OpenRead(Path.Combine(Extension, "vscode-mplan.vsix"));
        var entries = vsix.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("extension/package.json", entries);
        Assert.Contains("extension/syntaxes/mplan.tmLanguage.json", entries);
        Assert.Contains("extension/out/extension.js", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("extension/node_modules/", StringComparison.Ordinal));
    }

    private static string Tail(string text, int length = 1500) => text.Length <= length ? text : text[^length..];

    private static bool OnPath(string name) => ExternalProcess.OnPath(name);

    private static (int Code, string Output) Run(string file, string[] args, params (string Name, string Value)[] environment) =>
        ExternalProcess.Run(file, args, Extension, TimeSpan.FromMinutes(8), environment);
}
