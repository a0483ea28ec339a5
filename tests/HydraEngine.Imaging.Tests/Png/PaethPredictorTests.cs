using HydraEngine.Imaging.Png;

namespace HydraEngine.Imaging.Tests.Png;

public sealed class PaethPredictorTests
{
    [Fact]
    public void Branch_free_predictor_matches_the_specification_for_every_byte_triple()
    {
        var mismatches = 0;
        for (var left = 0; left < 256; left++)
        {
            for (var above = 0; above < 256; above++)
            {
                for (var upperLeft = 0; upperLeft < 256; upperLeft++)
                {
                    if (PaethPredictor.Predict(left, above, upperLeft) != SpecificationPaeth(left, above, upperLeft))
                    {
                        mismatches++;
                    }
                }
            }
        }

        mismatches.ShouldBe(0);
    }

    private static int SpecificationPaeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        if (pa <= pb && pa <= pc)
        {
            return a;
        }

        return pb <= pc ? b : c;
    }
}
