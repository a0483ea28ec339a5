using System.Diagnostics;
using HydraEngine.Testing;

namespace HydraEngine.Definitions.Tests.Mutation;

/// <summary>
/// Thousands of corrupted PNGs and JSON definitions (bit flips, truncations, wrong types, huge lengths):
/// each load must end in a result (usually diagnostics), never an exception or a hang, in bounded memory.
/// </summary>
public sealed class MutationTests
{
    private const int PngMutations = 6000;
    private const int JsonMutations = 6000;

    [Fact]
    public void Mutated_pngs_give_only_diagnostics()
    {
        var random = new Random(20261122);
        var seeds = MutationSeeds.Pngs();
        var outcome = new MutationOutcome();
        for (var i = 0; i < PngMutations; i++)
        {
            var mutated = PngMutator.Mutate(seeds[i % seeds.Count], random);
            outcome.Observe(() => DefinitionLoader.Load(mutated, $"png mutation {i}"));
        }

        outcome.AssertHealthy(PngMutations);
    }

    [Fact]
    public void Mutated_json_definitions_give_only_diagnostics()
    {
        var random = new Random(1122);
        var seeds = MutationSeeds.JsonTexts();
        var outcome = new MutationOutcome();
        for (var i = 0; i < JsonMutations; i++)
        {
            var mutated = JsonMutator.Mutate(seeds[i % seeds.Count], random);
            outcome.Observe(() => DefinitionLoader.LoadJson(mutated, $"json mutation {i}"));
        }

        outcome.AssertHealthy(JsonMutations);
    }

    private sealed class MutationOutcome
    {
        private readonly long memoryBefore = GC.GetTotalMemory(forceFullCollection: true);
        private TimeSpan slowest;

        public int Rejected { get; private set; }

        public void Observe(Func<DefinitionLoadResult> load)
        {
            var watch = Stopwatch.StartNew();
            var result = load();
            watch.Stop();
            slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;
            if (!result.Succeeded)
            {
                Rejected++;
                result.Errors.ShouldNotBeEmpty("a failed load must say why");
            }
        }

        public void AssertHealthy(int count)
        {
            Rejected.ShouldBeGreaterThan(count / 10, "the mutations should mostly break things");
            slowest.ShouldBeLessThan(TimeSpan.FromSeconds(5), "no single load may hang");
            var growth = GC.GetTotalMemory(forceFullCollection: true) - memoryBefore;
            growth.ShouldBeLessThan(256L * 1024 * 1024, "memory must stay bounded");
        }
    }
}
