// Word lists for realistic Vietnamese records: names, workplaces and initiative titles as union
// clerks in Đồng Nai would type them. Stored NFC (the generator normalises again to be sure).

// prettier-ignore
export const FAMILY_NAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng',
  'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Trương', 'Đinh', 'Lâm', 'Mai',
];

// prettier-ignore
export const MIDDLE_NAMES = [
  'Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Ngọc', 'Thanh', 'Quốc', 'Xuân', 'Hồng',
  'Kim', 'Công', 'Thị Thu', 'Văn Đức', 'Thị Ngọc', 'Hoàng', 'Anh', 'Bảo',
];

// prettier-ignore
export const GIVEN_NAMES = [
  'An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hiếu',
  'Hòa', 'Hùng', 'Hương', 'Khánh', 'Lan', 'Linh', 'Long', 'Mai', 'Minh', 'Nam',
  'Nga', 'Ngọc', 'Phong', 'Phúc', 'Quang', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Thắng',
  'Trang', 'Trung', 'Tuấn', 'Uyên', 'Việt', 'Vy', 'Yến', 'Đông', 'Lộc', 'Nhung',
];

// prettier-ignore
export const TITLE_ACTIONS = [
  'Cải tiến', 'Ứng dụng', 'Giải pháp hoàn thiện', 'Thiết kế, chế tạo', 'Tự động hóa',
  'Nâng cao hiệu quả', 'Số hóa', 'Tối ưu hóa', 'Đổi mới', 'Sửa chữa, phục hồi',
  'Xây dựng', 'Chuyển đổi',
];

// prettier-ignore
export const TITLE_OBJECTS = [
  'hệ thống băng tải', 'dây chuyền đóng gói', 'quy trình kiểm tra chất lượng', 'máy ép nhựa',
  'lò hơi đốt củi trấu', 'tủ điện điều khiển', 'phần mềm quản lý hồ sơ đoàn viên', 'khuôn dập tôn',
  'hệ thống xử lý nước thải', 'quy trình tiếp nhận hồ sơ một cửa', 'máy may công nghiệp',
  'hệ thống chiếu sáng nhà xưởng', 'bộ gá hàn khung xe', 'kho lưu trữ vật tư', 'máy cắt vải tự động',
  'hệ thống phun sơn tĩnh điện', 'quy trình bảo dưỡng thiết bị', 'sổ theo dõi công văn',
  'bài giảng điện tử môn Toán', 'quy trình khám bệnh ngoại trú', 'máy sấy hạt điều',
  'hệ thống camera giám sát', 'xe nâng hàng', 'máy nén khí', 'quy trình quyết toán kinh phí công đoàn',
];

// prettier-ignore
export const TITLE_PURPOSES = [
  'nhằm giảm tiêu hao điện năng', 'giúp tiết kiệm nguyên vật liệu', 'tại phân xưởng cơ khí',
  'đảm bảo an toàn lao động', 'rút ngắn thời gian xử lý', 'cho công nhân ca đêm',
  'nâng cao năng suất lao động', 'giảm tỷ lệ sản phẩm lỗi', 'phục vụ đoàn viên công đoàn',
  'tại Khu công nghiệp Biên Hòa 2', 'giảm ô nhiễm môi trường', 'trong mùa dịch Covid-19',
  'thay thế hàng nhập khẩu', 'giảm chi phí bảo trì', 'tại bếp ăn tập thể', '',
];

// prettier-ignore
export const SENTENCES = [
  'Trước đây công việc này được làm thủ công, mất nhiều thời gian và dễ xảy ra sai sót.',
  'Giải pháp đã được áp dụng thử nghiệm trong ba tháng và cho kết quả ổn định.',
  'Tổ sản xuất đã tận dụng vật tư thanh lý để chế tạo, chi phí đầu tư thấp.',
  'Năng suất tăng khoảng 20% so với cách làm cũ, người lao động đỡ vất vả hơn.',
  'Sáng kiến dễ nhân rộng cho các đơn vị có dây chuyền tương tự trong tỉnh.',
  'Giảm nguy cơ tai nạn lao động do công nhân không phải tiếp xúc trực tiếp với máy.',
  'Thời gian giải quyết hồ sơ rút ngắn từ năm ngày làm việc xuống còn hai ngày.',
  'Lượng điện tiêu thụ mỗi tháng giảm đáng kể, được ban giám đốc đánh giá cao.',
  'Nhóm tác giả đã phối hợp với phòng kỹ thuật để đo đạc, hiệu chỉnh thông số.',
  'Giải pháp không đòi hỏi trình độ cao, công nhân được hướng dẫn trong một buổi là sử dụng được.',
  'Sản phẩm đạt tiêu chuẩn chất lượng của khách hàng, tỷ lệ hàng trả về gần như bằng không.',
  'Đoàn viên công đoàn được tham gia góp ý trong suốt quá trình triển khai.',
];

// prettier-ignore
export const JOB_TITLES = [
  'Công nhân', 'Kỹ sư', 'Tổ trưởng', 'Trưởng phòng Kỹ thuật', 'Giáo viên', 'Bác sĩ',
  'Chuyên viên', 'Quản đốc', 'Điều dưỡng', 'Kế toán', 'Chủ tịch công đoàn cơ sở',
];

// prettier-ignore
export const QUALIFICATIONS = [
  'Kỹ sư cơ khí', 'Cử nhân kinh tế', 'Thạc sĩ', 'Trung cấp điện', 'Công nhân kỹ thuật bậc 5/7',
  'Cao đẳng', 'Bác sĩ chuyên khoa I', 'Cử nhân sư phạm', 'Kỹ sư điện tử',
];

/** Units under the province, as [name, kind, parent index or -1 for the office itself]. */
// prettier-ignore
export const UNITS: readonly (readonly [string, 'ldld_huyen' | 'cd_nganh' | 'cd_tong_cong_ty' | 'cdcs', number])[] = [
  ['LĐLĐ thành phố Biên Hòa', 'ldld_huyen', -1],
  ['LĐLĐ huyện Long Thành', 'ldld_huyen', -1],
  ['LĐLĐ huyện Nhơn Trạch', 'ldld_huyen', -1],
  ['LĐLĐ huyện Trảng Bom', 'ldld_huyen', -1],
  ['Công đoàn ngành Giáo dục', 'cd_nganh', -1],
  ['Công đoàn ngành Y tế', 'cd_nganh', -1],
  ['Công đoàn các Khu công nghiệp Đồng Nai', 'cd_nganh', -1],
  ['Công đoàn Tổng công ty Tín Nghĩa', 'cd_tong_cong_ty', -1],
  ['CĐCS Công ty TNHH Pouchen Việt Nam', 'cdcs', 6],
  ['CĐCS Công ty CP Sonadezi Long Thành', 'cdcs', 1],
  ['CĐCS Bệnh viện Đa khoa Đồng Nai', 'cdcs', 5],
  ['CĐCS Trường THPT Ngô Quyền', 'cdcs', 4],
  ['CĐCS Công ty TNHH Changshin Việt Nam', 'cdcs', 6],
  ['CĐCS Công ty Cổ phần Tổng hợp Gỗ Tân Mai', 'cdcs', 0],
  ['CĐCS Công ty Điện lực Đồng Nai', 'cdcs', -1],
  ['CĐCS Công ty TNHH MTV Tổng công ty Cao su Đồng Nai', 'cdcs', -1],
];
