namespace Portal.Audit;

/// <summary>The action codes modules record; the audit page shows their Vietnamese names.</summary>
public static class AuditActions
{
    public const string SignIn = "signin";
    public const string SignOut = "signout";
    public const string TwoFactorEnrolled = "signin.enrolled";
    public const string StepUp = "signin.step-up";
    public const string UserCreated = "user.created";
    public const string UserUpdated = "user.updated";
    public const string UnitCreated = "unit.created";
    public const string UserDisabled = "user.disabled";
    public const string UserEnabled = "user.enabled";
    public const string UserUnlocked = "user.unlocked";
    public const string UserSignedOut = "user.signed-out";
    public const string UserTwoFactorReset = "user.2fa-reset";
    public const string UserPasswordReset = "user.password-reset";
    public const string TenantCreated = "tenant.created";
    public const string TenantDisabled = "tenant.disabled";
    public const string TenantEnabled = "tenant.enabled";
    public const string FeatureChanged = "tenant.features";
    public const string AccessGranted = "access.granted";
    public const string AccessRevoked = "access.revoked";
    public const string AccessDecision = "access.decision";
    public const string CertificateAuthorityAdded = "certificate.authority.added";
    public const string CertificateAuthorityRemoved = "certificate.authority.removed";
    public const string CertificateCrlUpdated = "certificate.crl.updated";
    public const string CertificateBound = "certificate.bound";
    public const string CertificateUnbound = "certificate.unbound";
    public const string ApiTokenCreated = "apitoken.created";
    public const string ApiTokenRevoked = "apitoken.revoked";
    public const string AuditViewed = "audit.viewed";
    public const string AuditExported = "audit.exported";
    public const string TenantRestored = "tenant.restored";

    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        [SignIn] = "Đăng nhập",
        [SignOut] = "Đăng xuất",
        [TwoFactorEnrolled] = "Đăng ký xác thực hai lớp",
        [StepUp] = "Xác thực lại",
        [UserCreated] = "Tạo tài khoản",
        [UserUpdated] = "Sửa tài khoản",
        [UnitCreated] = "Thêm đơn vị",
        [UserDisabled] = "Vô hiệu hóa tài khoản",
        [UserEnabled] = "Kích hoạt lại tài khoản",
        [UserUnlocked] = "Mở khóa tài khoản",
        [UserSignedOut] = "Đăng xuất khỏi mọi phiên",
        [UserTwoFactorReset] = "Đặt lại xác thực hai lớp",
        [UserPasswordReset] = "Đặt lại mật khẩu",
        [TenantCreated] = "Tạo cơ quan",
        [TenantDisabled] = "Vô hiệu hóa cơ quan",
        [TenantEnabled] = "Cho cơ quan hoạt động trở lại",
        [FeatureChanged] = "Bật/tắt tính năng",
        [AccessGranted] = "Cấp quyền tiếp cận",
        [AccessRevoked] = "Thu hồi quyền tiếp cận",
        [AccessDecision] = "Truy cập tài liệu mật",
        [CertificateAuthorityAdded] = "Thêm tổ chức cấp chứng thư (CA) tin cậy",
        [CertificateAuthorityRemoved] = "Gỡ tổ chức cấp chứng thư (CA) tin cậy",
        [CertificateCrlUpdated] = "Cập nhật danh sách chứng thư bị thu hồi",
        [CertificateBound] = "Gắn chứng thư số với tài khoản",
        [CertificateUnbound] = "Gỡ chứng thư số khỏi tài khoản",
        [ApiTokenCreated] = "Tạo khóa truy cập API",
        [ApiTokenRevoked] = "Thu hồi khóa truy cập API",
        [AuditViewed] = "Xem nhật ký truy cập",
        [AuditExported] = "Xuất nhật ký truy cập",
        [TenantRestored] = "Khôi phục cơ quan từ bản sao lưu",
    };
}
