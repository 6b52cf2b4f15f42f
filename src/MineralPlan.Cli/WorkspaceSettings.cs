using System.Text.Json;
using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Cli;

/// <summary>
/// The workspace file <c>mplan.json</c>, looked for in the plan folder and then its parent
/// (normally plans/): per-rule severity (<c>"error" | "warning" | "info" | "off"</c>).
/// <code>{ "severity": { "MP2009": "off", "MP2007": "error" }, "trustScripts": true, "scriptTimeoutSeconds": 5 }</code>
/// </summary>
public sealed record WorkspaceSettings(IReadOnlyDictionary<string, string> Severity, string? Path)
{
    /// <summary>Run the plan's *.rule.csx scripts only when the workspace says it trusts them.</summary>
    public bool TrustScripts { get; init; }

    public double ScriptTimeoutSeconds { get; init; } = 5;

    public const string FileName = "mplan.json";

    public static readonly DiagnosticDescriptor BadSettings = new(
        "MP5001", DiagnosticSeverity.Error, "Bad workspace file",
        "the workspace file is not valid: {0}; it must look like {{ \"severity\": {{ \"MP2009\": \"off\" }} }}",
        "工作区文件无效：{0}；格式应为 {{ \"severity\": {{ \"MP2009\": \"off\" }} }}");

    public static (WorkspaceSettings Settings, Diagnostic? Error) Find(string planFolder, string displayRoot)
    {
        foreach (var folder in new[] { planFolder, System.IO.Path.GetDirectoryName(System.IO.Path.TrimEndingDirectorySeparator(planFolder)) })
        {
            var file = folder is null ? null : System.IO.Path.Combine(folder, FileName);
            if (file is null || !File.Exists(file))
            {
                continue;
            }

            var shown = Semantics.PlanLoader.DisplayPath(file, displayRoot);
            try
            {
                using var doc = JsonDocument.Parse(File.ReadAllText(file));
                var severity = new Dictionary<string, string>(StringComparer.Ordinal);
                if (doc.RootElement.TryGetProperty("severity", out var map))
                {
                    foreach (var p in map.EnumerateObject())
                    {
                        var value = p.Value.GetString() ?? string.Empty;
                        if (value is not ("error" or "warning" or "info" or "off"))
                        {
                            return (new(severity, shown), Diagnostic.Create(BadSettings, SourceSpan.None(shown), $"{p.Name}: '{value}' is not error/warning/info/off"));
                        }

                        severity[p.Name] = value;
                    }
                }

                var trust = doc.RootElement.TryGetProperty("trustScripts", out var t) && t.ValueKind == JsonValueKind.True;
                var timeout = doc.RootElement.TryGetProperty("scriptTimeoutSeconds", out var s) && s.TryGetDouble(out var seconds) && seconds > 0 ? seconds : 5;
                return (new WorkspaceSettings(severity, shown) { TrustScripts = trust, ScriptTimeoutSeconds = timeout }, null);
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or IOException)
            {
                return (new(new Dictionary<string, string>(), shown), Diagnostic.Create(BadSettings, SourceSpan.None(shown), e.Message));
            }
        }

        return (new WorkspaceSettings(new Dictionary<string, string>(), null), null);
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
