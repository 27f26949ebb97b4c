import { momentResponse } from '../site/moment-response';

export const GET = () => momentResponse('calendar');
