namespace Portal.Ocr.Services;

/// <summary>A job's state in the clerk's words.</summary>
public static class OcrText
{
    public static string State(OcrJobInfo job) => job.State switch
    {
        OcrJobState.Queued => "Đang chờ đến lượt nhận dạng…",
        OcrJobState.Running when job.Pages > 0 => $"Đang đọc trang {job.Page} / {job.Pages}…",
        OcrJobState.Running => "Đang mở tệp…",
        OcrJobState.Done when job.IsRegistered => "Đã vào sổ",
        OcrJobState.Done when job.IsTopSecret => "Từ chối: văn bản TUYỆT MẬT",
        OcrJobState.Done => "Đã đọc xong, chờ vào sổ",
        _ => "Không nhận dạng được: " + job.Error,
    };
}
