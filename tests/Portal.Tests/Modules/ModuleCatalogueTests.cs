using Portal.Core;
using Portal.Core.Modules;
using Portal.Host;

namespace Portal.Tests.Modules;

public sealed class ModuleCatalogueTests
{
    /// <summary>Nen (always on) ← NguoiDung (always on) ← So ← BaoCao ← ThongKe; TrungTam is central-office only and needs NguoiDung; CanTrungTam needs TrungTam.</summary>
    private static readonly ModuleCatalogue Catalogue = new([
        new ManifestOnlyModule(new FeatureDescriptor("Nen", "Nền", AlwaysEnabled: true)),
        new ManifestOnlyModule(new FeatureDescriptor("NguoiDung", "Người dùng", Dependencies: ["Nen"], AlwaysEnabled: true)),
        new ManifestOnlyModule(
            new FeatureDescriptor("So", "Sổ", Dependencies: ["NguoiDung"]),
            new FeatureDescriptor("BaoCao", "Báo cáo", Dependencies: ["So"]),
            new FeatureDescriptor("ThongKe", "Thống kê", Dependencies: ["BaoCao"])),
        new ManifestOnlyModule(
            new FeatureDescriptor("TrungTam", "Quản lý cơ quan", Dependencies: ["NguoiDung"], CentralOfficeOnly: true),
            new FeatureDescriptor("QuanLyTrungTam", "Quản trị trung tâm", Dependencies: ["NguoiDung"], CentralOfficeOnly: true, AlwaysEnabled: true),
            new FeatureDescriptor("CanTrungTam", "Cần trung tâm", Dependencies: ["TrungTam"])),
    ]);

    [Fact]
    public void Enabling_a_feature_brings_its_whole_dependency_chain_and_the_always_enabled_features()
    {
        var features = Catalogue.Enable([], ["ThongKe"], centralOffice: false);

        Assert.Equal(["BaoCao", "Nen", "NguoiDung", "So", "ThongKe"], features.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Enabling_keeps_what_was_on()
    {
        var features = Catalogue.Enable(["So"], ["BaoCao"], centralOffice: false);

        Assert.Equal(["BaoCao", "Nen", "NguoiDung", "So"], features.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Always_enabled_central_office_features_come_only_to_the_central_office()
    {
        Assert.DoesNotContain("QuanLyTrungTam", Catalogue.Enable([], [], centralOffice: false));
        Assert.Contains("QuanLyTrungTam", Catalogue.Enable([], [], centralOffice: true));
    }

    [Fact]
    public void An_unknown_feature_is_refused()
    {
        var refused = Assert.Throws<FeatureSetException>(() => Catalogue.Enable(["So"], ["KhongCo"], centralOffice: false));

        Assert.Equal("Không có tính năng: KhongCo.", refused.Message);
    }

    [Theory]
    [InlineData("TrungTam")]
    [InlineData("CanTrungTam")]
    public void A_central_office_feature_is_refused_elsewhere_even_when_pulled_in_by_a_dependency(string requested)
    {
        var refused = Assert.Throws<FeatureSetException>(() => Catalogue.Enable([], [requested], centralOffice: false));

        Assert.Equal("Tính năng chỉ dành cho Văn phòng Chính phủ (cơ quan trung tâm): Quản lý cơ quan.", refused.Message);
        Assert.Contains("TrungTam", Catalogue.Enable([], [requested], centralOffice: true));
    }

    [Fact]
    public void Disabling_a_feature_that_enabled_features_need_directly_or_not_is_refused_naming_them()
    {
        var enabled = Catalogue.Enable([], ["ThongKe"], centralOffice: false);

        var refused = Assert.Throws<FeatureSetException>(() => Catalogue.Disable(enabled, "So"));

        Assert.Equal("Không thể tắt tính năng 'Sổ' vì các tính năng sau đang cần nó: Báo cáo, Thống kê.", refused.Message);
    }

    [Fact]
    public void Disabling_a_feature_nothing_needs_removes_only_that_feature()
    {
        var enabled = Catalogue.Enable([], ["ThongKe"], centralOffice: false);

        var after = Catalogue.Disable(enabled, "ThongKe");

        Assert.Equal(["BaoCao", "Nen", "NguoiDung", "So"], after.Order(StringComparer.Ordinal));
        Assert.Equal(["Nen", "NguoiDung", "So"], Catalogue.Disable(after, "BaoCao").Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Nen", "Nền")]
    [InlineData("NguoiDung", "Người dùng")]
    public void An_always_enabled_feature_cannot_be_disabled(string id, string name)
    {
        var refused = Assert.Throws<FeatureSetException>(() => Catalogue.Disable(Catalogue.Enable([], [], false), id));

        Assert.Equal($"Tính năng '{name}' là bắt buộc, không thể tắt.", refused.Message);
    }

    [Fact]
    public void Disabling_an_unknown_feature_is_refused()
    {
        var refused = Assert.Throws<FeatureSetException>(() => Catalogue.Disable(["So"], "KhongCo"));

        Assert.Equal("Không có tính năng: KhongCo.", refused.Message);
    }

    [Fact]
    public void A_dependency_cycle_is_rejected_when_the_catalogue_is_built()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => new ModuleCatalogue([
            new ManifestOnlyModule(
                new FeatureDescriptor("A", "A", Dependencies: ["B"]),
                new FeatureDescriptor("B", "B", Dependencies: ["C"]),
                new FeatureDescriptor("C", "C", Dependencies: ["A"])),
        ]));

        Assert.Contains("cycle", refused.Message);
    }

    [Fact]
    public void A_feature_that_needs_itself_is_rejected()
    {
        Assert.Throws<InvalidOperationException>(() => new ModuleCatalogue([
            new ManifestOnlyModule(new FeatureDescriptor("A", "A", Dependencies: ["A"])),
        ]));
    }

    [Fact]
    public void A_feature_declared_twice_or_needing_an_unknown_feature_is_rejected()
    {
        Assert.Throws<InvalidOperationException>(() => new ModuleCatalogue([
            new ManifestOnlyModule(new FeatureDescriptor("A", "A")),
            new ManifestOnlyModule(new FeatureDescriptor("A", "A lần hai")),
        ]));
        Assert.Throws<InvalidOperationException>(() => new ModuleCatalogue([
            new ManifestOnlyModule(new FeatureDescriptor("A", "A", Dependencies: ["KhongCo"])),
        ]));
    }

    [Fact]
    public void The_shipped_modules_make_a_valid_catalogue_with_central_office_pages_only_in_the_central_office()
    {
        var catalogue = new ModuleCatalogue([new CoreModule(), .. PortalModules.All()]);

        var agency = catalogue.Enable([], ["Portal.Registers"], centralOffice: false);
        var central = catalogue.Enable([], ["Portal.Registers"], centralOffice: true);

        Assert.Superset(new HashSet<string> { "Portal.Core", "Portal.Dashboard", "Portal.Identity", "Portal.Registers" }, agency.ToHashSet());
        Assert.DoesNotContain(agency, id => catalogue.Find(id)!.CentralOfficeOnly);
        Assert.Contains("Portal.Tenants", central);
        Assert.Equal(central.Where(id => !catalogue.Find(id)!.CentralOfficeOnly).Order(StringComparer.Ordinal), agency.Order(StringComparer.Ordinal));
    }
}
