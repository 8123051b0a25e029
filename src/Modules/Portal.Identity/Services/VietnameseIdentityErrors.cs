using Microsoft.AspNetCore.Identity;

namespace Portal.Identity.Services;

/// <summary>Identity's validation messages in Vietnamese.</summary>
internal sealed class VietnameseIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Đã có lỗi, xin thử lại.");
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "Dữ liệu đã bị người khác thay đổi, xin tải lại trang.");
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Mật khẩu không đúng.");
    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), "Tên đăng nhập chỉ gồm chữ không dấu, chữ số và các dấu . _ -");
    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), $"Tên đăng nhập '{userName}' đã được dùng.");
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), "Thư điện tử này đã được dùng.");
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), "Thư điện tử không hợp lệ.");
    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), $"Vai trò '{role}' đã có.");
    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), $"Người dùng đã có vai trò '{role}'.");
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"Mật khẩu phải có ít nhất {length} ký tự.");
    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), "Mật khẩu phải có ít nhất một ký tự đặc biệt (ví dụ ! @ # $).");
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Mật khẩu phải có ít nhất một chữ số.");
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Mật khẩu phải có ít nhất một chữ thường.");
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Mật khẩu phải có ít nhất một chữ hoa.");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), $"Mật khẩu phải có ít nhất {uniqueChars} ký tự khác nhau.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
