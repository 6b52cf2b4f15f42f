using System.Text.Json;
using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Workspaces;

/// <summary>
/// The workspace file <c>mplan.json</c>: per-rule severity (<c>"error" | "warning" | "info" | "off"</c>), whether rule
/// scripts are switched off, and their time limit.
/// <code>{ "severity": { "MP2009": "off", "MP2007": "error" }, "trustScripts": false, "scriptTimeoutSeconds": 5 }</code>
/// Two places are read: the workspace's (the folder holding the plan folders, normally plans/) and the plan
/// folder's own. Severities merge, the plan's winning. Trust is the user's alone (<see cref="UserTrust"/>,
/// <c>--trust-scripts</c>): a workspace and a plan folder come from whoever wrote them, so either file may lower
/// trust (<c>"trustScripts": false</c>) and shorten the time limit, never raise either; <c>"trustScripts": true</c>
/// is read and ignored.
/// </summary>
public sealed record WorkspaceSettings(IReadOnlyDictionary<string, string> Severity, string? Path)
{
    /// <summary>Run the plan's *.rule.csx scripts only when the workspace (or the user, with --trust-scripts) trusts them.</summary>
    public bool TrustScripts { get; init; }

    public double ScriptTimeoutSeconds { get; init; } = 5;

    public const string FileName = "mplan.json";

    public static readonly DiagnosticDescriptor BadSettings = new(
        "MP5001", DiagnosticSeverity.Error, "Bad workspace file",
        "the workspace file is not valid: {0}; it must look like {{ \"severity\": {{ \"MP2009\": \"off\" }} }}",
        "工作区文件无效：{0}；格式应为 {{ \"severity\": {{ \"MP2009\": \"off\" }} }}")
    {
        UnreadableInput = true,
    };

    private sealed record FileSettings(Dictionary<string, string> Severity, bool? Trust, double? Timeout);

    /// <param name="userTrusts">The user trusts this plan's scripts (<c>mplan trust</c> on a folder holding it, or <c>--trust-scripts</c>); either settings file may still veto it.</param>
    public static (WorkspaceSettings Settings, Diagnostic? Error) Find(string planFolder, string displayRoot, bool userTrusts = false)
    {
        var workspaceFolder = Semantics.WorkspaceRoot.OfPlanFolder(planFolder);
        var (workspace, workspaceShown, workspaceError) = Read(workspaceFolder, displayRoot);
        var (plan, planShown, planError) = Read(planFolder, displayRoot);
        var severity = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, level) in (workspace?.Severity ?? []).Concat(plan?.Severity ?? []))
        {
            severity[code] = level;
        }

        var timeout = Math.Min(workspace?.Timeout ?? 5, plan?.Timeout ?? double.MaxValue);
        var settings = new WorkspaceSettings(severity, planShown ?? workspaceShown)
        {
            TrustScripts = userTrusts && workspace?.Trust != false && plan?.Trust != false,
            ScriptTimeoutSeconds = timeout,
        };
        return (settings, workspaceError ?? planError);
    }

    private static (FileSettings? Settings, string? Shown, Diagnostic? Error) Read(string? folder, string displayRoot)
    {
        var file = folder is null ? null : System.IO.Path.Combine(folder, FileName);
        if (file is null || Syntax.Files.FileKind.Of(file) == Syntax.Files.FileKind.Kind.Missing)
        {
            return (null, null, null);
        }

        return ReadFile(file, Semantics.PlanLoader.DisplayPath(file, displayRoot));
    }

    // Its own method, not inlined: most plans have no mplan.json, and a check that never reads one does not load
    // System.Text.Json (part of the start-up cost of a county check, README "Fast start").
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (FileSettings? Settings, string? Shown, Diagnostic? Error) ReadFile(string file, string shown)
    {
        try
        {
            // A plan folder received from elsewhere may hold a pipe or a device named mplan.json: never open one.
            if (Syntax.Files.FileKind.ReadProblem(file, 1 << 20) is { } problem)
            {
                return (null, shown, Diagnostic.Create(BadSettings, SourceSpan.None(shown), new Bilingual(shown + " " + problem.En, shown + " " + problem.Zh)));
            }

            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            var severity = new Dictionary<string, string>(StringComparer.Ordinal);
            if (doc.RootElement.TryGetProperty("severity", out var map))
            {
                foreach (var p in map.EnumerateObject())
                {
                    var value = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() ?? string.Empty : p.Value.ToString();
                    if (value is not ("error" or "warning" or "info" or "off"))
                    {
                        return (null, shown, Diagnostic.Create(BadSettings, SourceSpan.None(shown), $"{p.Name}: '{value}' is not error/warning/info/off"));
                    }

                    severity[p.Name] = value;
                }
            }

            bool? trust = doc.RootElement.TryGetProperty("trustScripts", out var t) && t.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? t.ValueKind == JsonValueKind.True
                : null;
            double? timeout = doc.RootElement.TryGetProperty("scriptTimeoutSeconds", out var s) && s.ValueKind == JsonValueKind.Number
                && s.TryGetDouble(out var seconds) && seconds > 0 && seconds <= 3600 ? seconds : null;
            return (new FileSettings(severity, trust, timeout), shown, null);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            return (null, shown, Diagnostic.Create(BadSettings, SourceSpan.None(shown), e.Message));
        }
    }

    /// <summary>Applies the configured severities: "off" drops a finding; others replace its severity.</summary>
    public IEnumerable<Diagnostic> Apply(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            if (!Severity.TryGetValue(d.Code, out var level))
            {
                yield return d;
            }
            else if (level != "off")
            {
                yield return d.WithSeverity(level switch
                {
                    "error" => DiagnosticSeverity.Error,
                    "warning" => DiagnosticSeverity.Warning,
                    _ => DiagnosticSeverity.Info,
                });
            }
        }
    }
}
