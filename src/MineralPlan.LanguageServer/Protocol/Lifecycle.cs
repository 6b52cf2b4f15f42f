using System.Text.Json;

namespace MineralPlan.LanguageServer.Protocol;

public sealed record WorkspaceFolder(string Uri, string Name);

public sealed record InitializeParams
{
    public string? RootUri { get; init; }

    public string? RootPath { get; init; }

    public WorkspaceFolder[]? WorkspaceFolders { get; init; }

    public string? Locale { get; init; }

    public JsonElement? InitializationOptions { get; init; }

    public JsonElement? Capabilities { get; init; }

    /// <summary>The client shows server-initiated progress (window.workDoneProgress).</summary>
    public bool ShowsProgress =>
        Capabilities is { ValueKind: JsonValueKind.Object } c && c.TryGetProperty("window", out var w) && w.ValueKind == JsonValueKind.Object
        && w.TryGetProperty("workDoneProgress", out var p) && p.ValueKind == JsonValueKind.True;
}

public sealed record WorkDoneProgressCreateParams(string Token);

/// <summary>The value of a $/progress notification: kind "begin" (with a title), "report" or "end".</summary>
public sealed record WorkDoneProgress(string Kind, string? Title = null, string? Message = null);

public sealed record ProgressParams(string Token, WorkDoneProgress Value);

public sealed record ServerInfo(string Name, string Version);

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

public sealed record CompletionOptions(string[] TriggerCharacters, bool ResolveProvider);

public sealed record SemanticTokensLegend(string[] TokenTypes, string[] TokenModifiers);

public sealed record SemanticTokensOptions(SemanticTokensLegend Legend, bool Full);

public sealed record RenameOptions(bool PrepareProvider);

public sealed record CodeActionOptions(string[] CodeActionKinds);

public sealed record ServerCapabilities
{
    /// <summary>1: full text on every change.</summary>
    public int TextDocumentSync { get; init; } = 1;

    public string PositionEncoding { get; init; } = "utf-16";

    public CompletionOptions? CompletionProvider { get; init; }

    public bool HoverProvider { get; init; }

    public bool DefinitionProvider { get; init; }

    public bool ReferencesProvider { get; init; }

    public RenameOptions? RenameProvider { get; init; }

    public bool DocumentSymbolProvider { get; init; }

    public bool WorkspaceSymbolProvider { get; init; }

    public bool FoldingRangeProvider { get; init; }

    public SemanticTokensOptions? SemanticTokensProvider { get; init; }

    public bool DocumentFormattingProvider { get; init; }

    public CodeActionOptions? CodeActionProvider { get; init; }
}

public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

public sealed record TextDocumentContentChangeEvent(string Text, Range? Range = null);

public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, TextDocumentContentChangeEvent[] ContentChanges);

public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

public sealed record FileEvent(string Uri, int Type);

public sealed record DidChangeWatchedFilesParams(FileEvent[] Changes);
