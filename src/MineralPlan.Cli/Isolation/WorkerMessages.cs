using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using MineralPlan.Abstractions.Diagnostics;

namespace MineralPlan.Cli.Isolation;

/// <summary>
/// The line protocol between mplan and its worker process: the request is one JSON document on stdin;
/// the worker answers with one JSON object per line, <c>begin</c>/<c>end</c> around each unit of foreign
/// code (a script, a plugin), so that when the worker dies the host knows which unit killed it. Every line
/// carries the request's nonce: foreign code shares the worker's stdout, and a line it writes there without
/// the nonce (a forged "done", a forged finding) is ignored.
/// </summary>
internal sealed record WorkerLine
{
    public string? Nonce { get; init; }

    public string? Begin { get; init; }

    public string? End { get; init; }

    public bool Done { get; init; }

    public WireDiagnostic? Diagnostic { get; init; }

    public WirePlugin? Plugin { get; init; }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static WorkerLine? Parse(string line)
    {
        try
        {
            return JsonSerializer.Deserialize<WorkerLine>(line, Json);
        }
        catch (JsonException)
        {
            // Foreign code may write to stdout itself; such a line is not ours and is ignored.
            return null;
        }
    }
}

/// <summary>
/// A diagnostic on the wire: its code names the descriptor the host already knows. Arguments travel as text; an
/// argument in both languages (<see cref="Bilingual"/>) travels as its English text in <see cref="Args"/> and its
/// Chinese text at the same index of <see cref="ArgsZh"/>, so the host still prints each message in one language.
/// </summary>
internal sealed record WireDiagnostic(string Code, DiagnosticSeverity Severity, string File, int Offset, int Length,
    int Line, int Column, int EndLine, int EndColumn, ImmutableArray<string?> Args, string?[]? ArgsZh = null)
{
    public static WireDiagnostic From(Diagnostic d) => new(d.Code, d.Severity, d.Span.File, d.Span.Offset, d.Span.Length,
        d.Span.Line, d.Span.Column, d.Span.EndLine, d.Span.EndColumn,
        [.. d.Args.Select(a => a is Bilingual both ? both.En : Convert.ToString(a, System.Globalization.CultureInfo.InvariantCulture))],
        d.Args.Any(a => a is Bilingual) ? [.. d.Args.Select(a => a is Bilingual both ? both.Zh : null)] : null);

    /// <summary>Back to a diagnostic, or null when the code is not one the worker may report.</summary>
    public Diagnostic? ToDiagnostic(IReadOnlyDictionary<string, DiagnosticDescriptor> known) =>
        known.TryGetValue(Code, out var descriptor)
            ? new Diagnostic(descriptor, Severity, new SourceSpan(File, Offset, Length, Line, Column, EndLine, EndColumn), [.. Args.Select(Arg)], [])
            : null;

    private object? Arg(string? en, int index) =>
        ArgsZh is { } zh && index < zh.Length && zh[index] is { } chinese ? new Bilingual(en ?? string.Empty, chinese) : en;
}

internal sealed record WireFile(string Path, string Text);

internal sealed record WirePlan(string Name, ImmutableArray<WireFile> Files);

internal sealed record WirePack(string Name, string Description, ImmutableArray<WireFile> Templates);

internal sealed record WirePlugin(string Name, string Version, string Path, ImmutableArray<WirePlan> Plans, ImmutableArray<WirePack> Packs);

internal sealed record WireScript(string Path, string Display, string Code);

internal sealed record ScriptRequest(string Nonce, WirePlan Plan, ImmutableArray<WirePlan> Ancestors, ImmutableArray<WireScript> Scripts, double TimeoutSeconds);

internal sealed record PluginRequest(string Nonce, string Folder, string Display, ImmutableArray<string> Skip);
