using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.LanguageServer.Protocol;
using MineralPlan.Workspaces;

namespace MineralPlan.LanguageServer;

/// <summary>
/// Checks plans after changes and publishes their findings. Each change marks its plan and the plans that read it;
/// the check starts after a quiet spell (debounce) and is cancelled by the next change, so findings are published
/// only for the newest text. Per file, the server publishes the union of what every plan reports there, so one
/// plan's publication never wipes another's, and a file no plan reports on any more is cleared with [].
/// </summary>
internal sealed class DiagnosticScheduler(OpenWorkspaces documents, Func<PublishDiagnosticsParams, Task> publish, Func<Language> language, TimeSpan debounce,
    Action<string> log)
{
    private readonly object _gate = new();
    private readonly HashSet<(Workspace Workspace, string Folder)> _pending = [];
    private readonly HashSet<(Workspace Workspace, string Folder)> _expand = [];
    private readonly Dictionary<string, Dictionary<string, List<LspDiagnostic>>> _published = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CheckedPlan> _lastGood = new(StringComparer.Ordinal);
    private CancellationTokenSource _cancel = new();
    private Task _running = Task.CompletedTask;

    /// <summary>The last check of a plan folder that completed, for lookups that must not wait for a check.</summary>
    public CheckedPlan? LastGood(string folder)
    {
        lock (_gate)
        {
            return _lastGood.GetValueOrDefault(folder);
        }
    }

    /// <summary>Completes when the checks scheduled so far have been published (or cancelled by a newer change).</summary>
    public Task Idle
    {
        get
        {
            lock (_gate)
            {
                return _running;
            }
        }
    }

    public void Schedule(Workspace workspace, string folder)
    {
        lock (_gate)
        {
            // The edited plan is checked first; the plans that read it are found and checked after it, in the
            // background (finding them compiles the workspace's other plans once).
            _pending.Add((workspace, folder));
            _expand.Add((workspace, folder));
            _cancel.Cancel();
            _cancel.Dispose();
            _cancel = new CancellationTokenSource();
            var token = _cancel.Token;
            var previous = _running;
            _running = Task.Run(() => RunAsync(previous, token));
        }
    }

    /// <summary>A plan whose last file was closed: its findings are withdrawn.</summary>
    public async Task ClearAsync(string folder)
    {
        List<string> files;
        lock (_gate)
        {
            files = [.. _published.Where(p => p.Value.Remove(folder)).Select(p => p.Key)];
            _lastGood.Remove(folder);
        }

        foreach (var file in files)
        {
            await PublishFileAsync(file).ConfigureAwait(false);
        }
    }

    private async Task RunAsync(Task previous, CancellationToken token)
    {
        try
        {
            await previous.ConfigureAwait(false);
            if (debounce > TimeSpan.Zero)
            {
                await Task.Delay(debounce, token).ConfigureAwait(false);
            }

            while (true)
            {
                (Workspace Workspace, string Folder)? next;
                lock (_gate)
                {
                    if (token.IsCancellationRequested)
                    {
                        return;
                    }

                    if (_pending.Count == 0)
                    {
                        if (_expand.Count == 0)
                        {
                            return;
                        }

                        next = null;
                    }
                    else
                    {
                        // Edited plans before the plans that depend on them.
                        next = _pending.OrderBy(p => _expand.Contains(p) ? 0 : 1).ThenBy(p => p.Folder, StringComparer.Ordinal).First();
                    }
                }

                if (next is not { } plan)
                {
                    ExpandDependents(token);
                    continue;
                }

                var results = Check(plan.Workspace, plan.Folder, token);
                // Every file of the plan is published, [] for a clean one: an opened file hears it is clean.
                foreach (var file in Directory.EnumerateFiles(plan.Folder, "*" + Semantics.PlanLoader.Extension)
                    .Concat(documents.OpenPaths.Where(o => plan.Workspace.PlanFolderOf(o) == plan.Folder)))
                {
                    results.TryAdd(file, []);
                }

                if (token.IsCancellationRequested)
                {
                    return;   // a newer change will check again; its text wins
                }

                lock (_gate)
                {
                    _pending.Remove(plan);
                }

                await PublishAsync(plan.Folder, results).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e)
        {
            log("diagnostics: " + e);
        }
    }

    /// <summary>Adds the plans that read each edited plan (<see cref="Snapshot.Dependents"/>) to the pending checks.</summary>
    private void ExpandDependents(CancellationToken token)
    {
        List<(Workspace Workspace, string Folder)> roots;
        lock (_gate)
        {
            roots = [.. _expand];
        }

        var found = new List<(Workspace, string)>();
        foreach (var (workspace, folder) in roots)
        {
            token.ThrowIfCancellationRequested();
            found.AddRange(workspace.Current.Dependents(folder).Select(d => (workspace, d)));
        }

        lock (_gate)
        {
            if (token.IsCancellationRequested)
            {
                return;
            }

            foreach (var root in roots)
            {
                _expand.Remove(root);
            }

            foreach (var dependent in found)
            {
                _pending.Add(dependent);
            }
        }
    }

    private Dictionary<string, List<LspDiagnostic>> Check(Workspace workspace, string folder, CancellationToken token)
    {
        try
        {
            var result = workspace.Current.Check(folder, token);
            if (result is null)
            {
                return [];
            }

            lock (_gate)
            {
                _lastGood[folder] = result;
            }

            return DiagnosticConverter.ByFile(result, folder, workspace, documents, language());
        }
        catch (OperationCanceledException)
        {
            return [];
        }
        catch (Exception e)
        {
            // A check that throws must not take the server down: one finding at the top of the plan's first file says so.
            log($"check of {folder} failed: {e}");
            var first = Directory.EnumerateFiles(folder, "*" + Semantics.PlanLoader.Extension).Order(StringComparer.Ordinal).FirstOrDefault();
            if (first is null)
            {
                return [];
            }

            var display = Semantics.PlanLoader.DisplayPath(first, workspace.Options.DisplayRoot);
            var failure = Diagnostic.Create(ServerDiagnostics.CheckFailed, SourceSpan.None(display), e.GetType().Name + ": " + e.Message);
            return new Dictionary<string, List<LspDiagnostic>>(StringComparer.Ordinal)
            {
                [first] = [DiagnosticConverter.Convert(failure, Path.GetFileName(folder), workspace.Options.DisplayRoot, documents, language())],
            };
        }
    }

    private async Task PublishAsync(string folder, Dictionary<string, List<LspDiagnostic>> byFile)
    {
        List<string> touched;
        lock (_gate)
        {
            touched = [.. _published.Where(p => p.Value.ContainsKey(folder)).Select(p => p.Key).Union(byFile.Keys)];
            foreach (var file in touched)
            {
                if (!_published.TryGetValue(file, out var perPlan))
                {
                    _published[file] = perPlan = new Dictionary<string, List<LspDiagnostic>>(StringComparer.Ordinal);
                }

                if (byFile.TryGetValue(file, out var list))
                {
                    perPlan[folder] = list;
                }
                else
                {
                    perPlan.Remove(folder);
                }
            }
        }

        foreach (var file in touched.Order(StringComparer.Ordinal))
        {
            await PublishFileAsync(file).ConfigureAwait(false);
        }
    }

    private Task PublishFileAsync(string file)
    {
        LspDiagnostic[] all;
        lock (_gate)
        {
            all = _published.TryGetValue(file, out var perPlan) ? [.. perPlan.Values.SelectMany(v => v)] : [];
            if (all.Length == 0)
            {
                _published.Remove(file);
            }
        }

        var (uri, version) = documents.UriOf(file);
        return publish(new PublishDiagnosticsParams(uri, all, version));
    }
}
