//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::formatter`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FormatterParams {
    pub formatter2: ::std::option::Option<::std::string::String>,
    pub formatter3: ::std::option::Option<::std::string::String>,
    pub formatter4: ::std::option::Option<::std::string::String>,
}
impl FormatterParams {
    /// Sets `formatter2`.
    #[must_use]
    pub fn formatter2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.formatter2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `formatter3`.
    #[must_use]
    pub fn formatter3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.formatter3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `formatter4`.
    #[must_use]
    pub fn formatter4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.formatter4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::formatter`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FormatterOkHeaders {
    pub formatter: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::formatter`].
#[derive(Debug, Clone, PartialEq)]
pub enum FormatterResponse {
    /// ok
    Ok { body: super::types::Everything, headers: FormatterOkHeaders },
}
/// Documented error responses of [`super::Client::formatter`].
#[derive(Debug, Clone, PartialEq)]
pub enum FormatterError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::formatter_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum FormatterPostError {}
impl super::Client {
    /// */ operation Formatter "#
    ///
    /// `GET /op142/{Formatter}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn formatter(
        &self,
        formatter: &str,
        params: &FormatterParams,
    ) -> ::std::result::Result<FormatterResponse, super::Error<FormatterError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op142/");
        url.push_str(
            &super::runtime::path_param(
                "Formatter",
                &super::runtime::to_value("Formatter", &formatter)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.formatter2 {
            let v = super::runtime::to_value("Formatter", v)?;
            super::runtime::push_param(&mut query, "Formatter", &v, "form", true);
        }
        if let Some(v) = &params.formatter3 {
            let v = super::runtime::to_value("Formatter", v)?;
            headers.push(("Formatter", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.formatter4 {
            let v = super::runtime::to_value("Formatter", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Formatter", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[142usize]], &mut query, &mut headers, &mut cookies);
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::GET, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        let req = self
            .run_request_hooks("formatter", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Formatter", method = "GET", path =
            "/op142/{Formatter}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("formatter", status, &response_headers);
        match status {
            200 => {
                let headers = FormatterOkHeaders {
                    formatter: super::runtime::optional_header(
                        &response_headers,
                        "Formatter",
                        status,
                    )?,
                };
                Ok(FormatterResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        FormatterError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(FormatterError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            FormatterError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op142/{Formatter}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn formatter_post(
        &self,
        formatter: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<
        super::types::Untagged,
        super::Error<FormatterPostError>,
    > {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op142/");
        url.push_str(
            &super::runtime::path_param(
                "Formatter",
                &super::runtime::to_value("Formatter", &formatter)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::POST, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        {
            let b = body;
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("formatter_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Formatter_post", method = "POST", path =
            "/op142/{Formatter}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("formatter_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        FormatterPostError,
                    >(status, &bytes)?,
                )
            }
            _ => {
                Err(super::Error::UnexpectedStatus {
                    status,
                    body: bytes,
                })
            }
        }
    }
}
