using System.Text.Json.Nodes;
using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Cli.Output;

/// <summary>
/// SARIF 2.1.0, so CI systems and code-review tools show the findings on the plan's lines. Artifact URIs are
/// relative references, percent-encoded per segment (plan file names are Chinese), against the base id
/// <see cref="BaseId"/>, which <c>originalUriBaseIds</c> resolves to the folder mplan ran in. Rules carry no
/// helpUri: the catalog is a file of the repository, not a web page; <c>help</c> names it instead.
/// </summary>
internal static class SarifReport
{
    public const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";

    public const string BaseId = "WORKSPACE";

    public static string Write(IReadOnlyList<Diagnostic> diagnostics, Language language, string version, string workingDirectory)
    {
        var rules = diagnostics.Select(d => d.Descriptor).DistinctBy(d => d.Code).OrderBy(d => d.Code, StringComparer.Ordinal)
            .Select(d => (JsonNode)new JsonObject
            {
                ["id"] = d.Code,
                ["name"] = d.Title.Replace(" ", string.Empty, StringComparison.Ordinal),
                ["shortDescription"] = new JsonObject { ["text"] = d.Title },
                ["fullDescription"] = new JsonObject { ["text"] = d.Format(language, [.. Enumerable.Repeat<object?>("…", 8)]) },
                ["defaultConfiguration"] = new JsonObject { ["level"] = Level(d.DefaultSeverity) },
                ["help"] = new JsonObject { ["text"] = $"{d.Code}: {d.Title}. Catalog of codes with a triggering example each: src/DIAGNOSTICS.md in the MineralPlanDsl repository." },
            });
        var results = diagnostics.Select(d =>
        {
            var result = new JsonObject
            {
                ["ruleId"] = d.Code,
                ["level"] = Level(d.Severity),
                ["message"] = new JsonObject { ["text"] = d.Message(language) },
                ["locations"] = new JsonArray(Location(d.Span, null)),
                ["relatedLocations"] = new JsonArray([.. d.Related.Select((r, i) => Location(r.Span, r.Message(language), i + 1))]),
            };
            if (d.Derivation is { } derivation)
            {
                // SARIF's property bag: the derivation line and the values it compared with their places.
                result["properties"] = new JsonObject { ["derivation"] = derivation.Text, ["inputs"] = JsonReport.Inputs(derivation) };
            }

            if (d.AcceptedReason is not null)
            {
                result["suppressions"] = new JsonArray(new JsonObject { ["kind"] = "inSource", ["justification"] = d.AcceptedReason });
            }

            return (JsonNode)result;
        });
        var log = new JsonObject
        {
            ["$schema"] = Schema,
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "mplan",
                        ["version"] = version,
                        ["informationUri"] = "https://example.invalid/mineralplandsl",
                        ["rules"] = new JsonArray([.. rules]),
                    },
                },
                ["originalUriBaseIds"] = new JsonObject
                {
                    [BaseId] = new JsonObject { ["uri"] = new Uri(Path.TrimEndingDirectorySeparator(Path.GetFullPath(workingDirectory)) + "/").AbsoluteUri },
                },
                ["results"] = new JsonArray([.. results]),
            }),
        };
        return log.ToJsonString(JsonReport.Options);
    }

    /// <summary>A displayed path as a relative URI reference: each segment percent-encoded (RFC 3986), '/' between them.</summary>
    internal static string RelativeUri(string path) =>
        string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    private static JsonNode Location(SourceSpan span, string? message, int id = 0)
    {
        var location = new JsonObject
        {
            ["physicalLocation"] = new JsonObject
            {
                ["artifactLocation"] = new JsonObject { ["uri"] = RelativeUri(span.File), ["uriBaseId"] = BaseId },
                ["region"] = new JsonObject
                {
                    ["startLine"] = span.Line,
                    ["startColumn"] = span.Column,
                    ["endLine"] = span.EndLine,
                    ["endColumn"] = span.EndColumn,
                },
            },
        };
        if (message is not null)
        {
            location["id"] = id;
            location["message"] = new JsonObject { ["text"] = message };
        }

        return location;
    }
}
