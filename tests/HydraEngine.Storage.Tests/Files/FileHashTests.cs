using System.Security.Cryptography;
using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Tests.Files;

public sealed class FileHashTests
{
    [Fact]
    public void GivenBytes_ThenTheHashIsTheirSha256AsLowerHex()
    {
        var content = "hello"u8.ToArray();

        FileHash.Of(content).ToHex().ShouldBe(Convert.ToHexStringLower(SHA256.HashData(content)));
    }

    [Fact]
    public void GivenUpperCaseHex_WhenParsed_ThenItRoundTripsAsLowerCase()
    {
        var hex = Convert.ToHexString(SHA256.HashData("x"u8));

        FileHash.Parse(hex).ToHex().ShouldBe(hex.ToLowerInvariant());
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("zz00000000000000000000000000000000000000000000000000000000000000")]
    public void GivenNotAHash_WhenParsed_ThenTheErrorSaysWhatIsExpected(string text) =>
        Should.Throw<StoreException>(() => FileHash.Parse(text)).Message.ShouldContain("64 hex digits");

    [Fact]
    public void GivenTheSameBytes_ThenHashesAreEqualAndHashTheSame()
    {
        var a = FileHash.Of("same"u8);
        var b = FileHash.FromBytes(a.ToByteArray());

        a.ShouldBe(b);
        a.GetHashCode().ShouldBe(b.GetHashCode());
    }
}
