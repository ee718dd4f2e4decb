package vn.gialai.dvcbot.kb.communes;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import vn.gialai.dvcbot.core.handoff.Commune;
import vn.gialai.dvcbot.core.handoff.Communes;
import vn.gialai.dvcbot.kb.content.ContentProblem;
import vn.gialai.dvcbot.kb.content.Entry;

/** The rules of the commune data, with reasons written for editors. */
final class CommuneDataCheck {

    static final String HEADER = "old_name\told_district\told_province\tnew_unit_code\tnew_name";
    static final String ALIAS_HEADER = "old_name\told_district\talias";
    private static final Pattern OLD_UNIT = Pattern.compile("(?iu)^(xã|phường|thị trấn) \\S.*");
    private static final Pattern OLD_DISTRICT = Pattern.compile("(?iu)^(huyện|thị xã|thành phố) \\S.*");
    private static final Set<String> PROVINCES = Set.of("Tỉnh Gia Lai", "Tỉnh Bình Định");

    private final Communes communes;
    private final Consumer<ContentProblem> problems;
    private final Set<String> rows = new HashSet<>();
    private final String table = CommuneDataLoader.path(CommuneDataLoader.OLD_TO_NEW);
    private final String desksFile = CommuneDataLoader.path(CommuneDataLoader.DESKS);
    private final String aliasFile = CommuneDataLoader.path(CommuneDataLoader.ALIASES);

    CommuneDataCheck(Communes communes, Consumer<ContentProblem> problems) {
        this.communes = communes;
        this.problems = problems;
    }

    void header(String line) {
        if (!HEADER.equals(line)) {
            problem(table, "dòng 1", "dòng đầu phải là tên các cột: " + HEADER.replace('\t', ' '));
        }
    }

    Optional<FormerUnit> row(int number, String line) {
        String where = "dòng " + number;
        String[] cells = line.split("\t", -1);
        if (cells.length != 5) {
            problem(table, where, "cần đúng 5 cột cách nhau bằng phím Tab, dòng này có " + cells.length);
            return Optional.empty();
        }
        FormerUnit unit = new FormerUnit(cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip(),
                cells[4].strip());
        if (!Normalizer.isNormalized(line, Normalizer.Form.NFC)) {
            problem(table, where, "chữ tiếng Việt chưa ở dạng Unicode dựng sẵn (NFC); hãy gõ lại dòng này");
        }
        if (!OLD_UNIT.matcher(unit.name()).matches()) {
            problem(table, where, "tên cũ phải bắt đầu bằng \"Xã\", \"Phường\" hoặc \"Thị trấn\"");
        }
        if (!OLD_DISTRICT.matcher(unit.district()).matches()) {
            problem(table, where, "huyện cũ phải bắt đầu bằng \"Huyện\", \"Thị xã\" hoặc \"Thành phố\"");
        }
        if (!PROVINCES.contains(unit.province())) {
            problem(table, where, "tỉnh cũ phải là \"Tỉnh Gia Lai\" hoặc \"Tỉnh Bình Định\"");
        }
        newUnit(where, unit);
        if (!rows.add(unit.name() + "|" + unit.district() + "|" + unit.newCode())) {
            problem(table, where, "dòng này lặp lại một dòng trước");
        }
        return Optional.of(unit);
    }

    private void newUnit(String where, FormerUnit unit) {
        Optional<Commune> commune = communes.byCode(unit.newCode());
        if (commune.isEmpty()) {
            problem(table, where, "mã \"" + unit.newCode() + "\" không phải mã của xã, phường nào trong 135 đơn vị mới");
        } else if (!commune.get().name().equals(unit.newName())) {
            problem(table, where, "mã " + unit.newCode() + " là của \"" + commune.get().name() + "\", không phải \""
                    + unit.newName() + "\"");
        }
    }

    void aliasHeader(String line) {
        if (!ALIAS_HEADER.equals(line)) {
            problem(aliasFile, "dòng 1", "dòng đầu phải là tên các cột: " + ALIAS_HEADER.replace('\t', ' '));
        }
    }

    /** One other spelling: the old unit must be a row of the table (same name and district). */
    Optional<CommuneData.Alias> alias(int number, String line, List<FormerUnit> units) {
        String[] cells = line.split("\t", -1);
        if (cells.length != 3 || cells[2].isBlank()) {
            problem(aliasFile, "dòng " + number, "cần 3 cột cách nhau bằng phím Tab: tên cũ, huyện cũ, cách viết khác");
            return Optional.empty();
        }
        CommuneData.Alias alias = new CommuneData.Alias(cells[0].strip(), cells[1].strip(), cells[2].strip());
        if (units.stream().noneMatch(u -> u.name().equals(alias.oldName()) && u.district().equals(alias.district()))) {
            problem(aliasFile, "dòng " + number, "\"" + alias.oldName() + "\" (" + alias.district()
                    + ") không có trong bảng xã, phường cũ – mới");
            return Optional.empty();
        }
        return Optional.of(alias);
    }

    void everyNewUnitHasFormerUnits(List<FormerUnit> units) {
        Set<String> covered = new HashSet<>();
        units.forEach(u -> covered.add(u.newCode()));
        for (Commune commune : communes.all()) {
            if (!units.isEmpty() && !covered.contains(commune.code())) {
                problem(table, commune.code(), "\"" + commune.name() + "\" chưa có đơn vị cũ nào nhập vào");
            }
        }
    }

    /** The desks that can be used, by code; each problem reported. */
    Map<String, Desk> desks(List<Desk> desks) {
        Map<String, Desk> byCode = new LinkedHashMap<>();
        for (int i = 0; i < desks.size(); i++) {
            Desk desk = desks.get(i);
            String where = "desks[" + i + "]";
            if (desk == null || desk.code() == null || communes.byCode(desk.code()).isEmpty()) {
                problem(desksFile, where + ".code", "cần mã của một trong 135 xã, phường mới");
                continue;
            }
            if (byCode.containsKey(desk.code())) {
                problem(desksFile, where + ".code", "xã, phường " + desk.code() + " đã có một bản ghi trước");
                continue;
            }
            if (checkDesk(desk, where)) {
                byCode.put(desk.code(), desk);
            }
        }
        return byCode;
    }

    private boolean checkDesk(Desk desk, String where) {
        Map<String, String> found = problemsOf(desk);
        found.forEach((field, reason) -> problem(desksFile, where + "." + field, reason));
        return !found.containsKey("address") && !found.keySet().stream().anyMatch(f -> f.startsWith("sources"));
    }

    /**
     * What is wrong with one desk record (field → reason for editors), as {@code kb validate} and the editor's form
     * both say it: an address and a source are required, links must be web addresses, the review date a date.
     */
    static Map<String, String> problemsOf(Desk desk) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (desk.address() == null || desk.address().isBlank()) {
            problems.put("address", "cần địa chỉ lấy từ nguồn; không có nguồn thì đừng thêm bản ghi");
        }
        if (desk.sources().isEmpty()) {
            problems.put("sources", "cần ít nhất một nguồn (title, url) cho địa chỉ");
        }
        for (int s = 0; s < desk.sources().size(); s++) {
            Entry.Source source = desk.sources().get(s);
            if (source == null || source.title() == null || source.title().isBlank() || !isWebAddress(source.url())) {
                problems.put("sources[" + s + "]", "cần tiêu đề và đường dẫn http(s) hợp lệ");
            }
        }
        if (desk.mapUrl() != null && !isWebAddress(desk.mapUrl())) {
            problems.put("map_url", "đường dẫn bản đồ phải là địa chỉ http(s) hợp lệ");
        }
        if (!isDate(desk.reviewed())) {
            problems.put("reviewed", "cần ngày kiểm tra dạng 2026-12-31");
        }
        return problems;
    }

    static boolean isWebAddress(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(String.valueOf(text));
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private void problem(String file, String field, String reason) {
        problems.accept(new ContentProblem(file, field, reason));
    }
}
