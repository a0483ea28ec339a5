using HydraEngine.Cli.Tests.Commands.Downloads.Support;

namespace HydraEngine.Cli.Tests.Commands.Downloads;

/// <summary><c>hydra limits list|set|remove</c>: page and file size limits per domain, kept in the database.</summary>
public sealed class LimitsCommandTests : IDisposable
{
    private readonly CliDatabase database = new("127.0.0.1:1");

    [Fact]
    public async Task A_limit_set_for_a_domain_is_listed_in_json_with_the_documented_fields()
    {
        await database.RunAsync("limits", "set", "example.com", "--page-size", "10MB", "--file-size", "2GiB");

        var listed = await database.RunAsync("limits", "list", "--json");

        listed.Code.ShouldBe(0, listed.ToString());
        listed.LastJson.Select(pair => pair.Key).ShouldBe(["defaults", "domains"]);
        var domain = listed.LastJson["domains"]![0]!.AsObject();
        domain.Select(pair => pair.Key).ShouldBe(["domain", "max_page_bytes", "max_file_bytes"]);
        ((string)domain["domain"]!, (long)domain["max_page_bytes"]!, (long)domain["max_file_bytes"]!).ShouldBe(("example.com", 10L << 20, 2L << 30));
    }

    [Fact]
    public async Task Setting_one_size_keeps_the_other()
    {
        await database.RunAsync("limits", "set", "example.com", "--page-size", "1MB");

        var result = await database.RunAsync("limits", "set", "example.com", "--file-size", "5MB");

        result.Output.Trim().ShouldBe("example.com: pages up to 1 MiB, files up to 5 MiB");
    }

    [Fact]
    public async Task A_size_that_is_not_a_size_is_one_error_line()
    {
        var result = await database.RunAsync("limits", "set", "example.com", "--page-size", "lots");

        result.Code.ShouldBe(1);
        result.Error.Trim().ShouldBe("error: --page-size 'lots' is not a size: give bytes or a number with k, M, G or T (e.g. 64MB, 1.5GiB)");
    }

    [Fact]
    public async Task Removing_a_domain_puts_it_back_on_the_default()
    {
        await database.RunAsync("limits", "set", "example.com", "--page-size", "1MB");

        await database.RunAsync("limits", "remove", "example.com");

        (await database.RunAsync("limits", "list", "--json")).LastJson["domains"]!.AsArray().ShouldBeEmpty();
    }

    public void Dispose() => database.Dispose();
}
