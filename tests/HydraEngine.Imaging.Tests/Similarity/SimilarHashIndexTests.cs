using System.Numerics;
using HydraEngine.Imaging.Similarity;

namespace HydraEngine.Imaging.Tests.Similarity;

/// <summary>Every index returns exactly the brute-force result set, on clustered hashes at hydrus's distances.</summary>
public sealed class SimilarHashIndexTests
{
    private static readonly List<(ulong Hash, long Id)> Rows = Clustered(new Random(7), clusters: 300, perCluster: 6);

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var index in new[] { "mih", "mih3", "mih8", "bk" })
        {
            foreach (var radius in new[] { 0, 1, 2, 4, 8, 12, 30 })
            {
                data.Add(index, radius);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Search_returns_exactly_the_brute_force_matches(string kind, int radius)
    {
        ISimilarHashIndex index = kind switch
        {
            "mih" => new MultiIndexHashIndex(Rows),
            "mih3" => new MultiIndexHashIndex(Rows, chunkCount: 3),
            "mih8" => new MultiIndexHashIndex(Rows, chunkCount: 8),
            _ => new BkTreeIndex(Rows),
        };
        var random = new Random(radius);

        for (var query = 0; query < 60; query++)
        {
            var probe = Flip(Rows[random.Next(Rows.Count)].Hash, random.Next(0, radius + 3), random);
            var expected = Rows.Where(row => BitOperations.PopCount(row.Hash ^ probe) <= radius).Select(row => row.Id).Order().ToList();

            index.Search(probe, radius).Select(match => match.Id).Order().ToList().ShouldBe(expected);
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(6)]
    [InlineData(8)]
    [InlineData(10)]
    public void A_large_index_with_tables_chosen_per_radius_returns_exactly_the_brute_force_matches(int radius)
    {
        var rows = Clustered(new Random(radius), clusters: 12_000, perCluster: 5);
        var index = new MultiIndexHashIndex(rows);
        var random = new Random(99);
        var results = new List<SimilarHash>();

        for (var query = 0; query < 40; query++)
        {
            var probe = Flip(rows[random.Next(rows.Count)].Hash, random.Next(0, radius + 2), random);
            results.Clear();
            index.Search(probe, radius, results);

            results.Select(match => match.Id).Order().ShouldBe(rows.Where(row => BitOperations.PopCount(row.Hash ^ probe) <= radius).Select(row => row.Id).Order());
        }
    }

    [Fact]
    public void Distance_2_on_a_million_hashes_uses_three_tables_where_one_chunk_must_match_exactly()
    {
        var random = new Random(5);
        var index = new MultiIndexHashIndex(Enumerable.Range(0, 1 << 20).Select(id => ((ulong)random.NextInt64() ^ (ulong)random.Next() << 40, (long)id)));

        (index.ChunkCountFor(2), index.ChunkCountFor(4), index.ChunkCountFor(8)).ShouldBe((3, 5, 5));
    }

    [Fact]
    public void A_search_into_a_list_appends_to_what_it_holds()
    {
        var index = new MultiIndexHashIndex([(0xFFUL, 1), (0x0FUL, 2)]);
        var results = new List<SimilarHash> { new(9, 0, 0) };

        index.Search(0xFFUL, 0, results);

        results.Select(match => match.Id).ShouldBe([9L, 1L]);
    }

    [Fact]
    public void Matches_carry_their_distance()
    {
        var index = new MultiIndexHashIndex([(0xFFUL, 1), (0xFFUL, 2), (0x0FUL, 3)]);

        index.Search(0xFFUL, 4).OrderBy(match => match.Id).Select(match => (match.Id, match.Distance)).ShouldBe([(1L, 0), (2L, 0), (3L, 4)]);
    }

    private static List<(ulong Hash, long Id)> Clustered(Random random, int clusters, int perCluster)
    {
        var rows = new List<(ulong Hash, long Id)>();
        for (var cluster = 0; cluster < clusters; cluster++)
        {
            var centre = (ulong)random.NextInt64() ^ ((ulong)random.Next() << 40);
            for (var member = 0; member < perCluster; member++)
            {
                rows.Add((Flip(centre, random.Next(0, 10), random), rows.Count));
            }
        }

        return rows;
    }

    private static ulong Flip(ulong hash, int bits, Random random)
    {
        for (var bit = 0; bit < bits; bit++)
        {
            hash ^= 1UL << random.Next(64);
        }

        return hash;
    }
}
