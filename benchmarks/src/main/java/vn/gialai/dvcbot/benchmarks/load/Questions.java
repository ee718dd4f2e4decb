package vn.gialai.dvcbot.benchmarks.load;

import java.util.List;

/** What citizens ask, as they type it: with and without diacritics, abbreviations, dialect. */
final class Questions {

    private static final List<String> ALL = List.of(
            "làm giấy khai sinh cho con ở đâu",
            "lam giay khai sinh cho con can giay to gi",
            "đăng ký kết hôn cần những gì",
            "dang ky ket hon mat bao lau",
            "cấp lại cccd bị mất",
            "cccd het han thi lam sao",
            "đăng ký thường trú ở mô",
            "dang ky tam tru can gi",
            "xin giấy xác nhận tình trạng hôn nhân",
            "trich luc khai tu lam o dau",
            "chứng thực bản sao mất bao nhiêu tiền",
            "sang ten so do nha dat",
            "cấp đổi giấy phép lái xe",
            "dang ky ho kinh doanh ca the",
            "làm sao nộp hồ sơ trên dịch vụ công",
            "thu tuc cap phep xay dung nha o",
            "hướng dẫn",
            "menu",
            "thoi tiet hom nay the nao",
            "cho hỏi rứa thì răng");

    private Questions() {
    }

    static String pick(long n) {
        return ALL.get((int) Math.floorMod(n, (long) ALL.size()));
    }
}
