namespace MineralPlan.LanguageServer.Handlers;

/// <summary>
/// Every handler of the server, one class per method (or per pair that belongs together: prepareRename and rename; the
/// text synchronisation notifications). Adding a feature is a class here that declares its capability, and a line below.
/// </summary>
internal static class ServerHandlers
{
    public static IReadOnlyList<object> All(PlanLanguageServer server) =>
    [
        new LifecycleHandler(server),
        new TextSyncHandler(server),
        new WatchedFilesHandler(server),
        new CompletionHandler(server),
        new HoverHandler(server),
        new DefinitionHandler(server),
        new ReferencesHandler(server),
        new RenameHandler(server),
        new DocumentSymbolHandler(server),
        new FoldingRangeHandler(server),
        new SemanticTokensHandler(server),
        new FormattingHandler(server),
        new CodeActionHandler(server),
        new WorkspaceSymbolHandler(server),
        new PreviewHandler(server),
    ];
}
