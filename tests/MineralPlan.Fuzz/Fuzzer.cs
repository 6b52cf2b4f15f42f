using System.Diagnostics;

namespace MineralPlan.Fuzz;

/// <summary>
/// Runs seeded inputs on every core until a count or a time limit. Input i is derived from (seed, i) alone,
/// so a failure is reproduced with <c>--seed S --from i --inputs 1</c> whatever the number of threads.
/// </summary>
public static class Fuzzer
{
    public sealed record Failure(long Input, string Path, string Reason, byte[] Bytes);

    public sealed record Report(long Inputs, TimeSpan Elapsed, IReadOnlyList<Failure> Failures)
    {
        public double PerSecond => Inputs / Math.Max(Elapsed.TotalSeconds, 0.001);
    }

    public static Report Run(string repoRoot, int seed, long from, long inputs, TimeSpan limit, Action<long>? progress = null)
    {
        var corpus = Corpus.Load(repoRoot);
        var runner = new Runner(repoRoot);
        var failures = new System.Collections.Concurrent.ConcurrentBag<Failure>();
        var done = 0L;
        var watch = Stopwatch.StartNew();
        var next = from - 1;
        var workers = Enumerable.Range(0, Environment.ProcessorCount).Select(_ => Task.Run(() =>
        {
            while (watch.Elapsed < limit)
            {
                var i = Interlocked.Increment(ref next);
                if (i >= from + inputs)
                {
                    return;
                }

                var random = new Random(InputSeed(seed, i));
                var entry = corpus.Entries[random.Next(corpus.Entries.Count)];
                var bytes = new Mutator(random, corpus).Mutate(entry.Bytes);
                if (runner.Run(entry, bytes) is { } reason)
                {
                    failures.Add(new Failure(i, entry.Path, reason, bytes));
                }

                var count = Interlocked.Increment(ref done);
                if (count % 10_000 == 0)
                {
                    progress?.Invoke(count);
                }
            }
        })).ToArray();
        Task.WaitAll(workers);
        return new Report(done, watch.Elapsed, [.. failures.OrderBy(f => f.Input)]);
    }

    /// <summary>SplitMix64 of (seed, i): the same in every process (HashCode.Combine is randomised per process).</summary>
    private static int InputSeed(int seed, long i)
    {
        var z = unchecked(((ulong)(uint)seed << 32) + (ulong)i + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return unchecked((int)(z ^ (z >> 31)));
    }
}
