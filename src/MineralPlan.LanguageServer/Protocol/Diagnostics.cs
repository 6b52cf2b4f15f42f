namespace MineralPlan.LanguageServer.Protocol;

public sealed record DiagnosticRelatedInformation(Location Location, string Message);

public sealed record CodeDescription(string Href);

public sealed record LspDiagnostic
{
    public required Range Range { get; init; }

    /// <summary>1 error, 2 warning, 3 information, 4 hint.</summary>
    public required int Severity { get; init; }

    public required string Code { get; init; }

    public string Source { get; init; } = "mplan";

    public required string Message { get; init; }

    public DiagnosticRelatedInformation[]? RelatedInformation { get; init; }

    /// <summary>Carried to codeAction: which fixes of the finding to offer (their index in the finding's list).</summary>
    public DiagnosticData? Data { get; init; }
}

public sealed record DiagnosticData(string Plan, int Fixes);

public sealed record PublishDiagnosticsParams(string Uri, LspDiagnostic[] Diagnostics, int? Version = null);
