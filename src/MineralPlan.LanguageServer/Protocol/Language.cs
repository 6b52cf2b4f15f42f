namespace MineralPlan.LanguageServer.Protocol;

public sealed record CompletionItem
{
    public required string Label { get; init; }

    /// <summary>LSP CompletionItemKind: 3 function, 5 field, 6 variable, 10 property, 12 value, 13 enum, 14 keyword, 11 unit, 20 enumMember, 9 module.</summary>
    public int Kind { get; init; }

    public string? Detail { get; init; }

    public string? SortText { get; init; }

    public string? InsertText { get; init; }
}

public sealed record CompletionList(bool IsIncomplete, CompletionItem[] Items);

public sealed record Hover(MarkupContent Contents, Range? Range = null);

public sealed record ReferenceContext(bool IncludeDeclaration);

public sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext? Context);

public sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName);

public sealed record PrepareRenameResult(Range Range, string Placeholder);

public sealed record DocumentSymbolParams(TextDocumentIdentifier TextDocument);

public sealed record DocumentSymbol
{
    public required string Name { get; init; }

    public string? Detail { get; init; }

    /// <summary>LSP SymbolKind: 3 namespace, 5 class, 8 field, 13 variable, 14 constant, 23 struct.</summary>
    public required int Kind { get; init; }

    public required Range Range { get; init; }

    public required Range SelectionRange { get; init; }

    public DocumentSymbol[]? Children { get; init; }
}

public sealed record WorkspaceSymbolParams(string Query);

public sealed record SymbolInformation(string Name, int Kind, Location Location, string? ContainerName);

public sealed record FoldingRange(int StartLine, int EndLine, string? Kind = null);

public sealed record SemanticTokensParams(TextDocumentIdentifier TextDocument);

public sealed record SemanticTokens(int[] Data);

public sealed record FormattingOptions(int TabSize, bool InsertSpaces);

public sealed record DocumentFormattingParams(TextDocumentIdentifier TextDocument, FormattingOptions? Options);

public sealed record CodeActionContext(LspDiagnostic[] Diagnostics);

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context);

public sealed record CodeAction
{
    public required string Title { get; init; }

    public string Kind { get; init; } = "quickfix";

    public LspDiagnostic[]? Diagnostics { get; init; }

    public bool? IsPreferred { get; init; }

    public required WorkspaceEdit Edit { get; init; }
}

/// <summary>mplan/preview: the rendered HTML of the plan a document belongs to.</summary>
public sealed record PreviewParams(TextDocumentIdentifier TextDocument);

public sealed record PreviewResult(string Html, string Plan);
