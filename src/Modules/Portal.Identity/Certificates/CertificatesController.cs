using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Core;
using Portal.Core.Modules;

namespace Portal.Identity.Certificates;

/// <summary>
/// /admin/certificates: the tenant admin's trust store (CA certificates, revocation lists) and the
/// certificates bound to accounts. Every change is audited by the services.
/// </summary>
[Feature(IdentityFeature.Id)]
[Authorize(Policy = PortalPolicies.TenantAdmin)]
[Route("admin/certificates")]
public sealed class CertificatesController(TrustStore store, CertificateBindings bindings) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, CancellationToken cancellationToken)
    {
        var authorities = await store.RowsAsync(cancellationToken);
        var users = await bindings.ListAsync(q, CertificatesPage.UsersShown + 1, cancellationToken);
        return View("~/Views/Certificates/Index.cshtml",
            new CertificatesPage(authorities, users.Take(CertificatesPage.UsersShown).ToList(), q, users.Count > CertificatesPage.UsersShown));
    }

    [HttpPost("authorities")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(CertificateLimits.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = CertificateLimits.MaxRequestBytes)]
    public Task<IActionResult> AddAuthority(IFormFile? file, CancellationToken cancellationToken) =>
        DoAsync(async () =>
        {
            var authority = await store.AddAuthorityAsync(await ReadAsync(file, CertificateLimits.MaxCertificateBytes, "chứng thư của CA", cancellationToken),
                cancellationToken);
            return $"Đã thêm CA '{authority.Subject}'. Hãy tải lên danh sách thu hồi của CA để dùng được cho đăng nhập.";
        });

    [HttpPost("crl")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(CertificateLimits.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = CertificateLimits.MaxRequestBytes)]
    public Task<IActionResult> UploadCrl(IFormFile? file, CancellationToken cancellationToken) =>
        DoAsync(async () =>
        {
            var authority = await store.UpdateCrlAsync(await ReadAsync(file, CertificateLimits.MaxCrlBytes, "danh sách thu hồi", cancellationToken),
                cancellationToken);
            return $"Đã cập nhật danh sách thu hồi của CA '{authority.Subject}' ({authority.CrlEntries} chứng thư bị thu hồi).";
        });

    [HttpPost("authorities/{id:int}/remove")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> RemoveAuthority(int id, CancellationToken cancellationToken) =>
        DoAsync(async () =>
        {
            await store.RemoveAsync(id, cancellationToken);
            return "Đã gỡ CA khỏi danh sách tin cậy; chứng thư do CA này cấp không còn đăng nhập được.";
        });

    [HttpPost("users/{userId}/bind")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(CertificateLimits.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = CertificateLimits.MaxRequestBytes)]
    public Task<IActionResult> Bind(string userId, IFormFile? file, CancellationToken cancellationToken) =>
        DoAsync(async () =>
        {
            var user = await bindings.BindAsync(userId,
                await ReadAsync(file, CertificateLimits.MaxCertificateBytes, "chứng thư số của người dùng", cancellationToken), cancellationToken);
            return $"Đã gắn chứng thư số với tài khoản '{user.UserName}'.";
        });

    [HttpPost("users/{userId}/unbind")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Unbind(string userId, string? thumbprint, CancellationToken cancellationToken) =>
        DoAsync(async () =>
        {
            await bindings.UnbindAsync(userId, thumbprint ?? "", cancellationToken);
            return "Đã gỡ chứng thư số khỏi tài khoản; các phiên đăng nhập đang mở của tài khoản đã kết thúc.";
        });

    private async Task<IActionResult> DoAsync(Func<Task<string>> work)
    {
        try
        {
            TempData["Message"] = await work();
        }
        catch (RequestRefusedException e)
        {
            TempData["Error"] = string.Join(" ", e.Errors);
        }
        return Redirect(Url.Content("~/admin/certificates"));
    }

    private static async Task<byte[]> ReadAsync(IFormFile? file, int limit, string what, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
            throw new RequestRefusedException($"Hãy chọn tệp {what} để tải lên.");
        if (file.Length > limit)
            throw new RequestRefusedException($"Tệp {what} quá lớn ({Size(file.Length)}); tối đa {Size(limit)}.");
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    private static string Size(long bytes) =>
        bytes < 1024 * 1024 ? $"{(bytes + 1023) / 1024} KB" : $"{(bytes + 1024 * 1024 - 1) / (1024 * 1024)} MB";
}
