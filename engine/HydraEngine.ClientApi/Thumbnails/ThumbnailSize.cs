namespace HydraEngine.ClientApi.Thumbnails;

/// <summary>hydrus's thumbnail resolution: its default 150×125 bounding box, "scale down only", 100% DPR.</summary>
public static class ThumbnailSize
{
    public const int BoundingWidth = 150;
    public const int BoundingHeight = 125;

    /// <summary>The thumbnail size of an image: unchanged when it fits; else fitted to the box by its larger ratio (truncated, at least 1).</summary>
    public static (int Width, int Height) Of(int? width, int? height)
    {
        double imageWidth = width is > 0 ? width.Value : BoundingWidth;
        double imageHeight = height is > 0 ? height.Value : BoundingWidth;
        if (BoundingWidth >= imageWidth && BoundingHeight >= imageHeight)
        {
            return ((int)imageWidth, (int)imageHeight);
        }

        var widthRatio = imageWidth / BoundingWidth;
        var heightRatio = imageHeight / BoundingHeight;
        double thumbnailWidth = BoundingWidth;
        double thumbnailHeight = BoundingHeight;
        if (heightRatio > widthRatio)
        {
            thumbnailWidth = imageWidth / heightRatio;
        }
        else if (widthRatio > heightRatio)
        {
            thumbnailHeight = imageHeight / widthRatio;
        }

        return (Math.Max((int)thumbnailWidth, 1), Math.Max((int)thumbnailHeight, 1));
    }
}
