using System.Security.Cryptography;
using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Tests.Files;

public sealed class FileHashTests
{
    [Fact]
    public void Given_bytes_then_the_hash_is_their_sha256_as_lower_hex()
    {
        var content = "hello"u8.ToArray();

        FileHash.Of(content).ToHex().ShouldBe(Convert.ToHexStringLower(SHA256.HashData(content)));
    }

    [Fact]
    public void Given_upper_case_hex_when_parsed_then_it_round_trips_as_lower_case()
    {
        var hex = Convert.ToHexString(SHA256.HashData("x"u8));

        FileHash.Parse(hex).ToHex().ShouldBe(hex.ToLowerInvariant());
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("zz00000000000000000000000000000000000000000000000000000000000000")]
    public void Given_not_a_hash_when_parsed_then_the_error_says_what_is_expected(string text) =>
        Should.Throw<StoreException>(() => FileHash.Parse(text)).Message.ShouldContain("64 hex digits");

    [Fact]
    public void Given_the_same_bytes_then_hashes_are_equal_and_hash_the_same()
    {
        var a = FileHash.Of("same"u8);
        var b = FileHash.FromBytes(a.ToByteArray());

        a.ShouldBe(b);
        a.GetHashCode().ShouldBe(b.GetHashCode());
    }
}
