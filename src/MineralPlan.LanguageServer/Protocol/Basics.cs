using System.Text.Json;

namespace MineralPlan.LanguageServer.Protocol;

// The LSP 3.17 structures this server uses, as records serialised camelCase with nulls left out. No LSP type
// package is served for .NET here (TOOLCHAIN.md), so the few used are written out; names follow the specification.

public sealed record Position(int Line, int Character);

public sealed record Range(Position Start, Position End);

public sealed record Location(string Uri, Range Range);

public sealed record TextEdit(Range Range, string NewText);

public sealed record TextDocumentIdentifier(string Uri);

public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

public sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

public sealed record WorkspaceEdit(Dictionary<string, TextEdit[]> Changes);

public sealed record MarkupContent(string Kind, string Value);

/// <summary>Error codes of JSON-RPC and LSP used in answers.</summary>
public static class ErrorCodes
{
    public const int InvalidParams = -32602;
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int ServerNotInitialized = -32002;
    public const int RequestFailed = -32803;
    public const int ContentModified = -32801;
    public const int RequestCancelled = -32800;
}

/// <summary>Settings the client may pass in initializationOptions (the VS Code extension passes its configuration).</summary>
public sealed record InitializationOptions
{
    /// <summary>How long after the last change the check starts; tests pass 0.</summary>
    public int? DebounceMilliseconds { get; init; }

    /// <summary>"zh" or "en": the language of messages, completion and hover.</summary>
    public string? Language { get; init; }

    public bool? TrustScripts { get; init; }

    /// <summary>False when the editor's window is not trusted (VS Code's restricted mode): no scripts, no plugins.</summary>
    public bool? WorkspaceTrusted { get; init; }

    public static InitializationOptions From(JsonElement? element, JsonSerializerOptions options) =>
        element is { ValueKind: JsonValueKind.Object } e ? e.Deserialize<InitializationOptions>(options) ?? new() : new();
}
