namespace Portal.Core.Tenancy;

/// <summary>No slot for one more active tenant: every active one is busy (see <see cref="ActiveTenantLimit"/>). Answered 503; try again later.</summary>
public sealed class TenantsBusyException() : Exception("Hệ thống đang phục vụ nhiều cơ quan cùng lúc; vui lòng thử lại sau ít phút.");
