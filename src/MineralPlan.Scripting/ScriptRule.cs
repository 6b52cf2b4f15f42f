using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Diagnostic = MineralPlan.Abstractions.Diagnostics.Diagnostic;
using DiagnosticDescriptor = MineralPlan.Abstractions.Diagnostics.DiagnosticDescriptor;
using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using MineralPlan.Checking;
using MineralPlan.Syntax;

namespace MineralPlan.Scripting;

/// <summary>A rule written as a C# script (<c>*.rule.csx</c> beside the plan), run through the same <see cref="IRule"/> interface.</summary>
public sealed class ScriptRule(string path, string displayPath, string code, TimeSpan timeout) : IRule
{
    public DiagnosticDescriptor Descriptor => ScriptDiagnostics.Finding;

    public string Source => displayPath;

    public string Name => Path.GetFileName(displayPath);

    /// <summary>True when the last run loaded a cached compilation instead of compiling.</summary>
    public bool LoadedFromCache { get; private set; }

    public string FilePath => path;

    public string Code => code;

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        // Compiling C# at run time needs the JIT. The natively compiled CLI hands scripts to its JIT build and never gets
        // here; the test is a constant there, which keeps Roslyn out of its image (README "Fast start").
        if (!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported)
        {
            throw new PlatformNotSupportedException("rule scripts need the JIT build of mplan");
        }

        var source = new SourceText(displayPath, code);
        var (factory, errors) = Load(source);
        if (factory is null)
        {
            return errors;
        }

        using var cancel = new CancellationTokenSource(timeout);
        var globals = new ScriptGlobals(context.Plan, context.Ancestors, Name, cancel.Token);
        var run = Task.Run(() => factory.Invoke(null, [new object?[] { globals, null }]) as Task<object> ?? throw new InvalidOperationException("the compiled script returned no task"), cancel.Token);
        try
        {
            // The script's own loops observe the token; the extra second covers a script stuck elsewhere.
            if (!run.Wait(timeout + TimeSpan.FromSeconds(1)))
            {
                return [Diagnostic.Create(ScriptDiagnostics.TimedOut, source.Span(0, 0), timeout.TotalSeconds)];
            }
        }
        catch (AggregateException e) when (e.InnerExceptions.Any(x => x is OperationCanceledException || x.InnerException is OperationCanceledException)
                                           || Flatten(e) is OperationCanceledException)
        {
            return [Diagnostic.Create(ScriptDiagnostics.TimedOut, source.Span(0, 0), timeout.TotalSeconds)];
        }
        catch (AggregateException e)
        {
            return [Diagnostic.Create(ScriptDiagnostics.Threw, source.Span(0, 0), Flatten(e).Message)];
        }

        return globals.Findings;
    }

    private static Exception Flatten(Exception e)
    {
        while (e is AggregateException { InnerException: { } a })
        {
            e = a;
        }

        return e is TargetInvocationException { InnerException: { } t } ? Flatten(t) : e;
    }

    private (MethodInfo? Factory, ImmutableArray<Diagnostic> Errors) Load(SourceText source)
    {
        var cached = Path.Combine(ScriptCache.Folder(), ScriptCache.Key(code) + ".dll");
        if (File.Exists(cached))
        {
            LoadedFromCache = true;
            return (FactoryOf(Assembly.LoadFrom(cached)), []);
        }

        LoadedFromCache = false;
        var options = ScriptOptions.Default
            .WithReferences(typeof(Semantics.Model.Plan).Assembly, typeof(Diagnostic).Assembly, typeof(ImmutableArray).Assembly, typeof(Enumerable).Assembly)
            .WithImports("System", "System.Linq", "System.Collections.Generic", "MineralPlan.Semantics.Model")
            .WithEmitDebugInformation(false);

        // Errors are reported against the script as written; the loop-guarded copy is what runs.
        var original = CSharpScript.Create(code, options, typeof(ScriptGlobals)).GetCompilation().GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (original.Count > 0)
        {
            return (null, [.. original.Select(d => ToDiagnostic(d, source))]);
        }

        var compilation = CSharpScript.Create(LoopGuard.Rewrite(code), options, typeof(ScriptGlobals)).GetCompilation();
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        if (!emitted.Success)
        {
            return (null, [.. emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => ToDiagnostic(d, source))]);
        }

        if (Path.GetDirectoryName(cached) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        // Whole or not at all: another process may load the cached assembly at the same moment.
        Syntax.Files.AtomicFile.Write(cached, stream.ToArray());
        return (FactoryOf(Assembly.LoadFrom(cached)), []);
    }

    private static MethodInfo FactoryOf(Assembly assembly) =>
        assembly.GetTypes().First(t => t.Name.StartsWith("Submission#", StringComparison.Ordinal))
            .GetMethod("<Factory>", BindingFlags.Public | BindingFlags.Static)
        ?? throw new InvalidOperationException("compiled script has no factory");

    private static Diagnostic ToDiagnostic(Microsoft.CodeAnalysis.Diagnostic d, SourceText source)
    {
        var span = d.Location.IsInSource ? source.Span(d.Location.SourceSpan.Start, d.Location.SourceSpan.End) : source.Span(0, 0);
        return Diagnostic.Create(ScriptDiagnostics.CompileError, span, d.Id, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
