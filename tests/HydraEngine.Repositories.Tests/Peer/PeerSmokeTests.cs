namespace HydraEngine.Repositories.Tests.Peer;

public sealed class PeerSmokeTests
{
    [HydrusPeerFact]
    public async Task The_server_comes_up_with_a_tag_repository_and_accounts()
    {
        await using var peer = await HydrusPeer.StartAsync();
        peer.ReaderKey.Length.ShouldBe(32);
    }
}
