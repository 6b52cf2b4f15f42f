using System.Text.Json;
using System.Text.Json.Nodes;
using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Cli.Output;

/// <summary>Diagnostics as plain JSON: one object per finding, the same data the human output shows.</summary>
internal static class JsonReport
{
    public static string Write(IEnumerable<Diagnostic> diagnostics, Language language)
    {
        var array = new JsonArray();
        foreach (var d in diagnostics)
        {
            var item = new JsonObject
            {
                ["code"] = d.Code,
                ["severity"] = DiagnosticPrinter.Severity(d.Severity),
                ["file"] = d.Span.File,
                ["line"] = d.Span.Line,
                ["column"] = d.Span.Column,
                ["endLine"] = d.Span.EndLine,
                ["endColumn"] = d.Span.EndColumn,
                ["message"] = d.Message(language),
                ["related"] = new JsonArray([.. d.Related.Select(r => (JsonNode)new JsonObject
                {
                    ["file"] = r.Span.File,
                    ["line"] = r.Span.Line,
                    ["column"] = r.Span.Column,
                    ["message"] = r.Message(language),
                })]),
            };
            if (d.AcceptedReason is not null)
            {
                item["accepted"] = d.AcceptedReason;
            }

            if (d.Derivation is { } derivation)
            {
                item["derivation"] = derivation.Text;
                item["inputs"] = Inputs(derivation);
            }

            array.Add(item);
        }

        return array.ToJsonString(Options);
    }

    /// <summary>The values a derivation compared, each with its place.</summary>
    internal static JsonArray Inputs(Derivation derivation) => [.. derivation.Inputs.Select(i => (JsonNode)new JsonObject
    {
        ["value"] = i.Value,
        ["file"] = i.Span.File,
        ["line"] = i.Span.Line,
        ["column"] = i.Span.Column,
    })];

    internal static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
