using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Checking;
using MineralPlan.Cli.Output;
using MineralPlan.Semantics;
using MineralPlan.Syntax;

namespace MineralPlan.Cli.Commands;

/// <summary>Compiles and checks one plan folder for a command, and prints what it found.</summary>
internal sealed class PlanSession
{
    private static readonly HashSet<string> InputCodes = new(StringComparer.Ordinal) { "MP0003", "MP0006", "MP0009", "MP1017", "MP5001", "MP5002" };

    private PlanSession(Compilation compilation, IReadOnlyList<Diagnostic> diagnostics)
    {
        Compilation = compilation;
        Diagnostics = diagnostics;
    }

    public Compilation Compilation { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public bool HasErrors => Diagnostics.Any(d => d.IsFailure);

    /// <summary>True when the input itself could not be read (exit 2), as opposed to a plan with errors (exit 1).</summary>
    public bool InputUnreadable => Diagnostics.Any(d => InputCodes.Contains(d.Code));

    public IReadOnlyList<Semantics.Model.Plan> Ancestors { get; private init; } = [];

    /// <summary>The plugins loaded for this session (with --plugins).</summary>
    public IReadOnlyList<MineralPlan.Plugins.LoadedPlugin> LoadedPlugins { get; private init; } = [];

    /// <summary>Source texts of the parents, so related locations can be shown too.</summary>
    private List<SourceText> Sources { get; init; } = [];

    public static PlanSession? Open(string planPath, CliContext context, Language language, string? pluginFolder = null, bool trustScripts = false,
        IReadOnlyList<IRule>? extraRules = null)
    {
        var (plugins, pluginDiagnostics) = pluginFolder is null
            ? ([], [])
            : Isolation.PluginSandbox.Load(context.Resolve(pluginFolder), pluginFolder);
        return Open(planPath, context, language, plugins, pluginDiagnostics, shared: null, trustScripts, extraRules);
    }

    /// <param name="shared">A workspace whose plans are already compiled (checking a whole workspace); null: find and compile what this plan needs.</param>
    public static PlanSession? Open(string planPath, CliContext context, Language language,
        IReadOnlyList<MineralPlan.Plugins.LoadedPlugin> plugins, IEnumerable<Diagnostic> pluginDiagnostics, PlanWorkspace? shared, bool trustScripts = false,
        IReadOnlyList<IRule>? extraRules = null)
    {
        var error = context.Error;
        var pluginPlans = plugins.SelectMany(p => p.Plans).ToList();
        var compilation = shared?.Find(Path.GetFileName(Path.TrimEndingDirectorySeparator(context.Resolve(planPath))))
            ?? PlanLoader.LoadFolder(context.Resolve(planPath), context.WorkingDirectory);
        if (compilation is null)
        {
            error.WriteLine(language == Language.En
                ? $"error: '{planPath}' is not a plan folder (it does not exist or is a file); pass a folder such as plans/kazuo"
                : $"错误：“{planPath}”不是规划文件夹（不存在或是文件）；请传入如 plans/kazuo 的文件夹");
            return null;
        }

        var diagnostics = compilation.Diagnostics.Concat(pluginDiagnostics);
        var ancestors = new List<Semantics.Model.Plan>();
        var ancestorCompilations = new List<Compilation>();
        var children = new List<Semantics.Model.Plan>();
        var parentSources = new List<SourceText>();
        if (compilation.Plan is { } plan)
        {
            // Parents are found by name beside the plan folder (plans/<name>), then in plugins.
            var root = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(context.Resolve(planPath))) ?? context.WorkingDirectory;
            var workspace = shared ?? new PlanWorkspace(root, context.WorkingDirectory, pluginPlans);
            var (found, missing) = workspace.Ancestors(plan);
            ancestors.AddRange(found.Select(c => c.Plan).OfType<Semantics.Model.Plan>());
            ancestorCompilations.AddRange(found);
            parentSources.AddRange(found.SelectMany(c => c.Files).Select(f => f.Source));
            diagnostics = diagnostics.Concat(missing);
            // Compiling the sibling plans costs time; only a plan with a per-region table needs them.
            var below = plan.OfType<Semantics.Model.DeclaredCount>().Any(c => c.ByRegion.Length > 0) ? workspace.Children(plan) : [];
            children.AddRange(below.Select(c => c.Plan).OfType<Semantics.Model.Plan>());
            parentSources.AddRange(below.SelectMany(c => c.Files).Select(f => f.Source));
        }

        var (settings, settingsError) = WorkspaceSettings.Find(context.Resolve(planPath), context.WorkingDirectory, trustScripts);
        var (scripts, scriptProblems) = Scripting.ScriptRules.InFolder(context.Resolve(planPath), context.WorkingDirectory, TimeSpan.FromSeconds(settings.ScriptTimeoutSeconds));
        diagnostics = diagnostics.Concat(scriptProblems);
        IEnumerable<IRule> rules = RuleRegistry.All.Concat(Geometry.GeometryRules.Create(context.WorkingDirectory)).Concat(extraRules ?? []);
        // Trust comes from the workspace or the user, never from the plan folder (WorkspaceSettings); trusted
        // scripts still run in a worker process, so that they cannot end or crash the check.
        if (scripts.Count > 0 && settings.TrustScripts)
        {
            rules = rules.Append(new Isolation.SandboxedScripts(scripts, ancestorCompilations, TimeSpan.FromSeconds(settings.ScriptTimeoutSeconds)));
        }
        else if (scripts.Count > 0 && compilation.Plan is { } p)
        {
            diagnostics = diagnostics.Append(Diagnostic.Create(Scripting.ScriptDiagnostics.NotTrusted, p.Header.Span, scripts.Count));
        }

        parentSources.AddRange(scripts.Select(s => new SourceText(s.Source, s.Code)));
        diagnostics = diagnostics.Concat(PlanChecker.Check(compilation, ancestors, rules, children));
        diagnostics = settings.Apply(diagnostics);
        if (settingsError is not null)
        {
            diagnostics = diagnostics.Append(settingsError);
        }

        return new PlanSession(compilation, [.. DiagnosticOrder.Sort(diagnostics)]) { Ancestors = ancestors, Sources = parentSources, LoadedPlugins = plugins };
    }

    public void Print(TextWriter output, Language language)
    {
        var printer = new DiagnosticPrinter(output, language, FindSource);
        foreach (var d in Diagnostics)
        {
            printer.Print(d);
        }
    }

    public string Summary(Language language)
    {
        var errors = Diagnostics.Count(d => d.IsFailure);
        var warnings = Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning && d.AcceptedReason is null);
        var accepted = Diagnostics.Count(d => d.AcceptedReason is not null);
        return language == Language.En
            ? $"{Compilation.Folder}: {errors} error(s), {warnings} warning(s), {accepted} accepted"
            : $"{Compilation.Folder}：{errors} 个错误，{warnings} 个警告，{accepted} 个已接受的例外";
    }

    public SourceText? FindSource(string path) => Compilation.FindSource(path) ?? Sources.FirstOrDefault(s => s.Path == path);
}
