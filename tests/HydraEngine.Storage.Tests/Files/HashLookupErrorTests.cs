using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Files;

public sealed class HashLookupErrorTests
{
    [Fact]
    public void Given_an_unknown_hash_type_then_the_error_lists_the_known_ones()
    {
        using var temp = new TempStore();

        Should.Throw<StoreException>(() => temp.Store.LookupHash("crc32", "abcd1234"))
            .Message.ShouldBe("unknown hash type 'crc32': expected sha256, md5, sha1 or sha512");
    }

    [Fact]
    public void Given_hex_of_the_wrong_length_then_the_error_names_the_expected_length()
    {
        using var temp = new TempStore();

        Should.Throw<StoreException>(() => temp.Store.LookupHash("md5", new string('a', 40)))
            .Message.ShouldContain("not a md5 hash: expected 32 hex digits, got 40 characters");
    }

    [Fact]
    public void Given_text_that_is_not_hex_then_the_error_says_so()
    {
        using var temp = new TempStore();

        Should.Throw<StoreException>(() => temp.Store.LookupHash("sha1", new string('z', 40)))
            .Message.ShouldContain("not hex digits");
    }

    [Fact]
    public void Given_bytes_of_the_wrong_length_then_the_error_names_the_expected_length()
    {
        using var temp = new TempStore();

        Should.Throw<StoreException>(() => temp.Store.LookupHash("sha512", new byte[32]))
            .Message.ShouldBe("a sha512 hash is 64 bytes (128 hex digits); got 32 bytes");
    }
}
