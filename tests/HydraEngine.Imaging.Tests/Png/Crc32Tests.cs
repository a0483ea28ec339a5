using System.Text;
using HydraEngine.Imaging.Png;

namespace HydraEngine.Imaging.Tests.Png;

public sealed class Crc32Tests
{
    [Fact]
    public void Check_value_of_the_standard_test_string_matches()
    {
        Crc32.Compute(Encoding.ASCII.GetBytes("123456789")).ShouldBe(0xCBF43926u);
    }

    [Fact]
    public void Empty_iend_chunk_has_the_well_known_crc()
    {
        Crc32.Compute("IEND"u8).ShouldBe(0xAE426082u);
    }

    [Fact]
    public void Empty_input_has_crc_zero()
    {
        Crc32.Compute([]).ShouldBe(0u);
    }

    [Fact]
    public void Appending_in_pieces_equals_computing_at_once_for_every_split()
    {
        var data = Enumerable.Range(0, 45).Select(i => (byte)(i * 71)).ToArray();
        var whole = Crc32.Compute(data);

        for (var split = 0; split <= data.Length; split++)
        {
            Crc32.Append(Crc32.Compute(data.AsSpan(0, split)), data.AsSpan(split)).ShouldBe(whole);
        }
    }

    [Fact]
    public void Sliced_computation_matches_bitwise_reference_on_every_length()
    {
        var data = Enumerable.Range(0, 100).Select(i => (byte)((i * 13) ^ 0x5A)).ToArray();

        for (var length = 0; length <= data.Length; length++)
        {
            Crc32.Compute(data.AsSpan(0, length)).ShouldBe(BitwiseCrc(data.AsSpan(0, length)));
        }
    }

    private static uint BitwiseCrc(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var value in data)
        {
            crc ^= value;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
