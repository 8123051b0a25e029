using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Core.Data;
using Portal.Identity.Models;

namespace Portal.Identity.Migrations;

[DbContext(typeof(IdentityDb))]
[Migration("20261125001000_IdentityInitial")]
public sealed class IdentityInitial : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable("AspNetRoles", t => new
        {
            Id = t.Column<string>(nullable: false),
            Name = t.Column<string>(maxLength: 256, nullable: true),
            NormalizedName = t.Column<string>(maxLength: 256, nullable: true),
            ConcurrencyStamp = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_AspNetRoles", x => x.Id));

        b.CreateTable("Units", t => new
        {
            Id = t.Column<int>(nullable: false).Generated(),
            Code = t.Column<string>(maxLength: 50, nullable: false),
            Name = t.Column<string>(maxLength: 300, nullable: false),
            ParentId = t.Column<int>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Units", x => x.Id);
            t.ForeignKey("FK_Units_Units_ParentId", x => x.ParentId, "Units", "Id", onDelete: ReferentialAction.Restrict);
        });

        b.CreateTable("AspNetRoleClaims", t => new
        {
            Id = t.Column<int>(nullable: false).Generated(),
            RoleId = t.Column<string>(nullable: false),
            ClaimType = t.Column<string>(nullable: true),
            ClaimValue = t.Column<string>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
            t.ForeignKey("FK_AspNetRoleClaims_AspNetRoles_RoleId", x => x.RoleId, "AspNetRoles", "Id", onDelete: ReferentialAction.Cascade);
        });

        b.CreateTable("AspNetUsers", t => new
        {
            Id = t.Column<string>(nullable: false),
            FullName = t.Column<string>(maxLength: 200, nullable: false),
            Position = t.Column<string>(maxLength: 200, nullable: false),
            UnitId = t.Column<int>(nullable: true),
            Clearance = t.Column<int>(nullable: false),
            IsDisabled = t.Column<bool>(nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            UserName = t.Column<string>(maxLength: 256, nullable: true),
            NormalizedUserName = t.Column<string>(maxLength: 256, nullable: true),
            Email = t.Column<string>(maxLength: 256, nullable: true),
            NormalizedEmail = t.Column<string>(maxLength: 256, nullable: true),
            EmailConfirmed = t.Column<bool>(nullable: false),
            PasswordHash = t.Column<string>(nullable: true),
            SecurityStamp = t.Column<string>(nullable: true),
            ConcurrencyStamp = t.Column<string>(nullable: true),
            PhoneNumber = t.Column<string>(nullable: true),
            PhoneNumberConfirmed = t.Column<bool>(nullable: false),
            TwoFactorEnabled = t.Column<bool>(nullable: false),
            LockoutEnd = t.Column<DateTimeOffset>(nullable: true),
            LockoutEnabled = t.Column<bool>(nullable: false),
            AccessFailedCount = t.Column<int>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AspNetUsers", x => x.Id);
            t.ForeignKey("FK_AspNetUsers_Units_UnitId", x => x.UnitId, "Units", "Id", onDelete: ReferentialAction.Restrict);
        });

        b.CreateTable("AspNetUserClaims", t => new
        {
            Id = t.Column<int>(nullable: false).Generated(),
            UserId = t.Column<string>(nullable: false),
            ClaimType = t.Column<string>(nullable: true),
            ClaimValue = t.Column<string>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
            t.ForeignKey("FK_AspNetUserClaims_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
        });

        b.CreateTable("AspNetUserLogins", t => new
        {
            LoginProvider = t.Column<string>(nullable: false),
            ProviderKey = t.Column<string>(nullable: false),
            ProviderDisplayName = t.Column<string>(nullable: true),
            UserId = t.Column<string>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
            t.ForeignKey("FK_AspNetUserLogins_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
        });

        b.CreateTable("AspNetUserRoles", t => new
        {
            UserId = t.Column<string>(nullable: false),
            RoleId = t.Column<string>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
            t.ForeignKey("FK_AspNetUserRoles_AspNetRoles_RoleId", x => x.RoleId, "AspNetRoles", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_AspNetUserRoles_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
        });

        b.CreateTable("AspNetUserTokens", t => new
        {
            UserId = t.Column<string>(nullable: false),
            LoginProvider = t.Column<string>(nullable: false),
            Name = t.Column<string>(nullable: false),
            Value = t.Column<string>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
            t.ForeignKey("FK_AspNetUserTokens_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
        });

        b.CreateIndex("IX_AspNetRoleClaims_RoleId", "AspNetRoleClaims", "RoleId");
        b.CreateIndex("RoleNameIndex", "AspNetRoles", "NormalizedName", unique: true);
        b.CreateIndex("IX_AspNetUserClaims_UserId", "AspNetUserClaims", "UserId");
        b.CreateIndex("IX_AspNetUserLogins_UserId", "AspNetUserLogins", "UserId");
        b.CreateIndex("IX_AspNetUserRoles_RoleId", "AspNetUserRoles", "RoleId");
        b.CreateIndex("EmailIndex", "AspNetUsers", "NormalizedEmail");
        b.CreateIndex("IX_AspNetUsers_UnitId", "AspNetUsers", "UnitId");
        b.CreateIndex("UserNameIndex", "AspNetUsers", "NormalizedUserName", unique: true);
        b.CreateIndex("IX_Units_Code", "Units", "Code", unique: true);
        b.CreateIndex("IX_Units_ParentId", "Units", "ParentId");
    }
}
