using Microsoft.AspNetCore.Http;

namespace Portal.ApiTokens.Authentication;

/// <summary>The JSON bodies of refused API calls: one body for every bad token, so none tells why.</summary>
public static class ApiErrors
{
    public const string InvalidToken = "Khóa truy cập không hợp lệ, đã hết hạn hoặc đã bị thu hồi.";
    public const string NotHere = "Khóa truy cập API không dùng được ở địa chỉ này; hãy đăng nhập bằng trình duyệt.";
    public const string Forbidden = "Khóa truy cập hoặc tài khoản không có quyền thực hiện thao tác này.";

    public static Task WriteAsync(HttpResponse response, int status, string code, string message)
    {
        response.StatusCode = status;
        return response.WriteAsJsonAsync(new ApiError(code, message), response.HttpContext.RequestAborted);
    }
}
