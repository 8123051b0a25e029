namespace Portal.Incoming.Services;

/// <summary>A copy with Tối mật content (print, export) asked for without a fresh second factor: the caller sends the person to step up.</summary>
public sealed class StepUpNeededException()
    : Exception("Bản in hoặc bản xuất có nội dung Tối mật: cần xác thực lại bằng mã xác thực hai lớp; khóa truy cập API không dùng được cho thao tác này.");
