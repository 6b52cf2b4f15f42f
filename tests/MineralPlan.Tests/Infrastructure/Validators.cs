using System.Text.Json;

namespace MineralPlan.Tests.Infrastructure;

/// <summary>
/// Validators that are not ours: the SARIF multitool, the Nu Html Checker (vnu, on Java) and check-geojson from
/// npm (tests/conformance/package.json, installed here with npm ci on first use), and GDAL's ogrinfo from apt
/// (.ci/run installs gdal-bin). Each returns the problems it reports, or a reason it could not run, which the
/// calling test turns into a skip that names it.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public static class Validators
{
    private static readonly string Folder = Repo.PathOf("tests/conformance");
    private static readonly Lazy<string?> NpmProblem = new(InstallNpm);

    public sealed record Outcome(IReadOnlyList<string> Problems, string? CannotRun);

    public static Outcome Sarif(string file)
    {
        if (NpmProblem.Value is { } why)
        {
            return new([], why);
        }

        var output = file + ".validation.sarif";
        var run = Run(Path.Combine(Folder, "node_modules/.bin/sarif-multitool"), ["validate", file, "-o", output], Folder);
        if (!File.Exists(output))
        {
            return new([], "sarif-multitool produced no result: " + run.Output);
        }

        using var doc = JsonDocument.Parse(File.ReadAllText(output));
        return new([.. doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(r => !r.TryGetProperty("level", out var level) || level.GetString() is "error" or "warning")
            .Select(r => r.GetProperty("ruleId").GetString() + ": " + r.GetProperty("message").GetProperty("text").GetString())], null);
    }

    public static Outcome Html(string file)
    {
        if (NpmProblem.Value is { } why)
        {
            return new([], why);
        }

        var jar = Path.Combine(Folder, "node_modules/vnu-jar/build/dist/vnu.jar");
        var run = Run("java", ["-jar", jar, "--errors-only", "--format", "json", .. (file.EndsWith(".svg", StringComparison.Ordinal) ? new[] { "--svg" } : []), file], Folder);
        var json = run.Output[run.Output.IndexOf('{', StringComparison.Ordinal)..];
        using var doc = JsonDocument.Parse(json);
        return new([.. doc.RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => $"{m.GetProperty("type").GetString()} line {(m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")], null);
    }

    public static Outcome GeoJson(string file)
    {
        if (NpmProblem.Value is { } why)
        {
            return new([], why);
        }

        const string Script = """
            import { check } from '@placemarkio/check-geojson';
            import { readFileSync } from 'node:fs';
            try { check(readFileSync(process.argv[2], 'utf8')); console.log('[]'); }
            catch (e) { console.log(JSON.stringify((e.issues ?? [{ message: String(e.message) }]).map(i => i.message))); }
            """;
        var script = Path.Combine(Folder, "check-geojson.mjs");
        if (!File.Exists(script))
        {
            File.WriteAllText(script, Script);
        }

        var run = Run("node", [script, file], Folder);
        return new(JsonSerializer.Deserialize<List<string>>(run.Output.Trim()) ?? [], null);
    }

    /// <summary>ogrinfo's summary of a GIS file (layers, feature count, coordinate system), or why it cannot run.</summary>
    public static (string Summary, string? CannotRun) Ogrinfo(string file)
    {
        if (!OnPath("ogrinfo"))
        {
            return (string.Empty, "ogrinfo is not installed (apt-get install gdal-bin; .ci/run does it where apt is allowed)");
        }

        var run = Run("ogrinfo", ["-ro", "-al", "-so", file], Path.GetDirectoryName(file)!);
        return (run.Output, null);
    }

    private static string? InstallNpm()
    {
        if (!OnPath("npm") || !OnPath("node"))
        {
            return "node/npm are not installed";
        }

        if (!OnPath("java"))
        {
            return "java is not installed (the Nu Html Checker runs on it)";
        }

        var marker = Path.Combine(Folder, "node_modules/.bin/sarif-multitool");
        if (!File.Exists(marker))
        {
            // One install for the whole test run; another test process waits on the lock file.
            using var gate = new FileStream(Path.Combine(Folder, ".install.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            if (!File.Exists(marker))
            {
                var install = Run("npm", ["ci", "--no-audit", "--no-fund"], Folder);
                if (install.Code != 0)
                {
                    return "npm ci in tests/conformance failed: " + install.Output[..Math.Min(400, install.Output.Length)];
                }
            }
        }

        // npm 11 does not run install scripts unasked, and the multitool's only script marks its binary executable.
        foreach (var binary in Directory.EnumerateFiles(Path.Combine(Folder, "node_modules/@microsoft"), "Sarif.Multitool", SearchOption.AllDirectories))
        {
            File.SetUnixFileMode(binary, File.GetUnixFileMode(binary) | UnixFileMode.UserExecute);
        }

        return null;
    }

    private static bool OnPath(string name) => ExternalProcess.OnPath(name);

    private static (int Code, string Output) Run(string file, IEnumerable<string> args, string directory) =>
        ExternalProcess.Run(file, args, directory, TimeSpan.FromMinutes(5));
}
