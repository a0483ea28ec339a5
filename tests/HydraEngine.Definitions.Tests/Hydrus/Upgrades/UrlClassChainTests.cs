namespace HydraEngine.Definitions.Tests.Hydrus.Upgrades;

/// <summary>Whole URL class chains, from serialisation.md §7 and from v1.</summary>
public sealed class UrlClassChainTests
{
    [Fact]
    public void V2_danbooru_file_page_reaches_v15_as_hydrus_dumps_it() => UpgradeAssert.FullyUpgrades(
        """[50,"danbooru file page",2,["327bedb39ac765a6be4a83b0be55eedbc97cd36395e37774509398c934528d0b",0,"https","danbooru.donmai.us",true,false,[26,1,[[51,1,[0,"posts",null,null,"posts"]],[51,1,[1,2,null,null,"2982422"]]]],[21,1,[[],[],[],[]]],[55,1,[[],"https://hostname.com/post/page.php?id=123456&s=view"]],"https://danbooru.donmai.us/posts/2982422"]]""",
        """[50,"danbooru file page",15,["327bedb39ac765a6be4a83b0be55eedbc97cd36395e37774509398c934528d0b",0,"https",[139,1,[["danbooru.donmai.us"],[],true,false]],[true,false,false,false,false,true,false],[[[51,1,[0,"posts",null,null,"posts"]],null],[[51,1,[1,2,null,null,"2982422"]],null]],[26,3,[]],false,[51,1,[3,"",null,null,"example string"]],[],[55,2,[[],"https://hostname.com/post/page.php?id=123456&s=view"]],0,[55,2,[[],"https://hostname.com/post/page.php?id=123456&s=view"]],null,null,1,"https://danbooru.donmai.us/posts/2982422"]]""");

    [Fact]
    public void V1_gallery_reaches_v15_with_the_generated_key() => UpgradeAssert.FullyUpgrades(
        """[50, "g", 1, [3, "https", "example.com", false, false, [26, 1, []], [21, 1, [[], [["tags", [51, 1, [3, "", null, null, "x"]]]], [], []]], "https://example.com/?tags=x"]]""",
        $$"""[50, "g", 15, ["{{TestKeys.Key(1)}}", 3, "https", [139, 1, [["example.com"], [], false, false]], [true, false, false, true, false, false, false], [], [26, 3, [[2, [127, 2, ["tags", [51, 1, [3, "", null, null, "x"]], false, null, [84, 1, [26, 3, []]]]]]]], false, [51, 1, [3, "", null, null, "example string"]], [], [55, 2, [[], "https://example.com/?tags=x"]], 0, [55, 2, [[], "https://hostname.com/post/page.php?id=123456&s=view"]], null, null, 1, "https://example.com/?tags=x"]]""");
}
