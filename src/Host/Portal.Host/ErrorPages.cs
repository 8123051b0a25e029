using System.Text;

namespace Portal.Host;

/// <summary>
/// The bodies of error answers. A 404 is the same bytes whatever the reason (no tenant, disabled
/// tenant, feature off, no such page), so it tells nothing; no error shows a stack trace.
/// </summary>
public static class ErrorPages
{
    private static readonly byte[] NotFound = Page("Không tìm thấy", "Không tìm thấy trang hoặc tài liệu bạn yêu cầu.");
    private static readonly byte[] Forbidden = Page("Không có quyền", "Bạn không có quyền thực hiện thao tác này.");
    private static readonly byte[] Failed = Page("Lỗi hệ thống", "Hệ thống gặp sự cố khi xử lý yêu cầu. Dữ liệu của bạn không bị mất; xin thử lại sau hoặc báo quản trị hệ thống.");
    private static readonly byte[] TooMany = Page("Quá nhiều yêu cầu", "Bạn đã thử quá nhiều lần trong thời gian ngắn; xin đợi một phút rồi thử lại.");
    private static readonly byte[] BadRequest = Page("Yêu cầu không hợp lệ", "Yêu cầu không hợp lệ hoặc đã hết hạn; xin tải lại trang và thử lại.");

    public static IApplicationBuilder UseErrorPages(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = context => Write(context, StatusCodes.Status500InternalServerError, Failed),
        });
        app.UseStatusCodePages(context =>
        {
            var http = context.HttpContext;
            return http.Response.StatusCode switch
            {
                StatusCodes.Status404NotFound => Write(http, 404, NotFound),
                StatusCodes.Status403Forbidden => Write(http, 403, Forbidden),
                StatusCodes.Status400BadRequest => Write(http, 400, BadRequest),
                StatusCodes.Status429TooManyRequests => Write(http, 429, TooMany),
                _ => Task.CompletedTask,
            };
        });
        return app;
    }

    private static Task Write(HttpContext context, int status, byte[] body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength = body.Length;
        return context.Response.Body.WriteAsync(body).AsTask();
    }

    private static byte[] Page(string title, string message) => Encoding.UTF8.GetBytes(
        $"<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>{title} — Portal</title>" +
        "<link rel=\"icon\" href=\"/static/theme/favicon.svg\" type=\"image/svg+xml\">" +
        "<link rel=\"stylesheet\" href=\"/static/theme/fonts.css\"><link rel=\"stylesheet\" href=\"/static/theme/portal.css\"></head>" +
        $"<body class=\"auth\"><main class=\"auth-main\"><div class=\"card auth-card\"><h1>{title}</h1><p>{message}</p></div></main></body></html>");
}
