namespace Portal.Ocr.Worker.Input;

/// <summary>The size check made on the dimensions a header declares, before any pixel is decoded.</summary>
internal static class PixelBudget
{
    public static void Check(long width, long height, WorkerLimits limits)
    {
        if (width <= 0 || height <= 0)
            throw new OcrRefusal("Ảnh hỏng: phần đầu tệp không ghi kích thước hợp lệ.");
        if (width > limits.MaxSide || height > limits.MaxSide || width * height > limits.MaxPixels)
            throw new OcrRefusal(
                $"Ảnh khai báo {width:N0}×{height:N0} điểm ảnh, vượt giới hạn {limits.MaxPixels / 1_000_000} triệu điểm ảnh " +
                "(có thể là tệp độc hại kiểu bom giải nén): tệp bị từ chối.");
    }
}
